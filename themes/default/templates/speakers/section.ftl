<#import "../partials/base.ftl" as base>
<@base.layout title=page.title kind="section">
<h1${langAttr(page)}>${page.title}</h1>
<p class="lead"${langAttr(page)}>${page.description}</p>
<ul class="people">
<#list page.children as s>
  <li><a href="${url(s)}"${langAttr(s)}>${s.title}</a><#if s.params.role?has_content> — <span class="small"${langAttr(s.textLang("role"))}>${s.params.role}</span></#if>
  <#if s.quotes?has_content> <span class="tag-quiet">${t('quotes_count', s.quotes?size)}</span></#if></li>
</#list>
</ul>
</@base.layout>
