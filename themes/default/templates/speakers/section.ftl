<#import "../partials/base.ftl" as base>
<@base.layout title=page.title kind="section">
<h1>${page.title}</h1>
<p class="lead">${page.description}</p>
<ul class="people">
<#list page.children as s>
  <li><a href="${url(s)}">${s.title}</a><#if s.params.role?has_content> — <span class="small">${s.params.role}</span></#if>
  <#if s.quotes?has_content> <span class="tag-quiet">${t('quotes_count', s.quotes?size)}</span></#if></li>
</#list>
</ul>
</@base.layout>
