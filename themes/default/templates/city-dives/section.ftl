<#import "../partials/base.ftl" as base>
<@base.layout title=page.title kind="section">
<h1${langAttr(page)}>${page.title}</h1>
<#if page.params.date??><p class="eyebrow"><time datetime="${page.params.date}">${date(page.params.date)}</time></p></#if>
<nav class="toc" data-toc aria-labelledby="toc-title"><h2 id="toc-title">${t('on_this_page')}</h2></nav>
<#list (page.params.groups)![] as g>
<section class="dive-group" aria-labelledby="group-${g.first}">
  <h2 id="group-${g.first}">${t('city_dives_range', g.first, g.last)} ${inLang(page, g.title)}</h2>
  <div class="cards cards-2" data-print-ignore>
  <#list page.children as d><#if d.params.number gte g.first && d.params.number lte g.last>
    <@base.card p=d heading="h3">
      <p class="small">${t('city_dive_number', d.params.number)}<#if d.params.venue??> · ${inLang(d, d.params.venue)}</#if></p>
      <@base.trackTags tracks=d.params.tracks![]/>
    </@base.card>
  </#if></#list>
  </div>
</section>
</#list>
<div class="prose">${page.content}</div>
<#assign trackPages = (pageAt("tracks/_index.md").children)![]>
<#if trackPages?has_content>
<h2 id="matrix">${t('matrix_title')}</h2>
<div class="table-scroll"><table class="matrix">
  <thead><tr><th scope="col"${langAttr(page)}>${page.title}</th><#list trackPages as tr><th scope="col" class="track-${tr.params.track}"><a href="${url(tr)}">${t('track_number', tr.params.track)}</a><br><span class="small"${langAttr(tr)}>${tr.title}</span></th></#list></tr></thead>
  <tbody>
  <#list page.children as d>
    <tr><th scope="row"><a href="${url(d)}">${t('city_dive_number', d.params.number)}: ${inLang(d, d.title)}</a></th>
    <#list trackPages as tr><#if (d.params.tracks![])?seq_contains(tr.params.track)><td class="yes track-${tr.params.track}">✓<span class="visually-hidden"> ${t('connected')}</span></td><#else><td></td></#if></#list></tr>
  </#list>
  </tbody>
</table></div>
</#if>
</@base.layout>
