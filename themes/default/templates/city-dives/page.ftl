<#import "../partials/base.ftl" as base>
<@base.layout title=page.title kind="dive">
<article class="prose dive">
  <p class="eyebrow">${t('city_dive_number', page.params.number)}</p>
  <h1${langAttr(page)}>${page.title}</h1>
  <#if page.params.venue??><p class="venue"><span class="label">${t('venue')}:</span> ${inLang(page, page.params.venue)}</p></#if>
  <@base.trackTags tracks=page.params.tracks![]/>
  ${page.content}
</article>
<#import "../partials/session.ftl" as session>
<@session.related p=page/>
<@base.pager/>
</@base.layout>
