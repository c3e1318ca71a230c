<#import "partials/base.ftl" as base>
<@base.layout title=page.title kind="page">
<article class="prose">
  <h1${langAttr(page)}>${page.title}</h1>
  ${page.content}
  <#if page.params.author??>
  <p class="signature"${langAttr(page)}><strong>${page.params.author.name}</strong><#if page.params.author.role??>, ${page.params.author.role}</#if></p>
  </#if>
</article>
<@base.pager/>
</@base.layout>
