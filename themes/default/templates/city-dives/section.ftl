<#import "../partials/base.ftl" as base>
<@base.layout title=page.title kind="section">
<h1>${page.title}</h1>
<#if page.params.date??><p class="eyebrow"><time datetime="${page.params.date}">${date(page.params.date)}</time></p></#if>
<#list (page.params.groups)![] as g>
<section class="dive-group" aria-labelledby="group-${g.first}">
  <h2 id="group-${g.first}">${t('city_dives_range', g.first, g.last)} ${g.title}</h2>
  <div class="cards cards-2">
  <#list page.children as d><#if d.params.number gte g.first && d.params.number lte g.last>
    <@base.card p=d heading="h3">
      <p class="small">${t('city_dive_number', d.params.number)}<#if d.params.venue??> · ${d.params.venue}</#if></p>
      <@base.trackTags tracks=d.params.tracks![]/>
    </@base.card>
  </#if></#list>
  </div>
</section>
</#list>
<div class="prose">${page.content}</div>
</@base.layout>
