<#import "../partials/base.ftl" as base>
<#if page.params.track??>
<#-- A track: its body places the recommendation, the sessions and the toolbox with shortcodes. -->
<@base.layout title=page.title kind="track">
<article class="prose track track-${page.params.track}">
  <p class="eyebrow">${t('track_number', page.params.track)}</p>
  <h1>${page.title}</h1>
  <nav class="toc" data-toc aria-labelledby="toc-title"><h2 id="toc-title">${t('on_this_page')}</h2></nav>
  ${page.content}
</article>
<@base.pager/>
</@base.layout>
<#else>
<#-- The tracks summary. -->
<@base.layout title=page.title kind="section">
<h1>${page.title}</h1>
<div class="prose">${page.content}</div>
<#list page.children as tr>
<section class="track-summary track-${tr.params.track}" aria-labelledby="track-${tr.params.track}">
  <h2 id="track-${tr.params.track}"><a href="${url(tr)}">${t('track_number', tr.params.track)} ${tr.title}</a></h2>
  <#if tr.params.summary??>${md(tr.params.summary)}</#if>
</section>
</#list>
</@base.layout>
</#if>
