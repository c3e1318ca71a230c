<#import "partials/base.ftl" as base>
<@base.layout title=page.title kind="section">
<h1${langAttr(page)}>${page.title}</h1>
<div class="prose">${page.content}</div>
<div class="cards" data-print-ignore>
<#list page.children as c><@base.card p=c heading="h2"/></#list>
</div>
</@base.layout>
