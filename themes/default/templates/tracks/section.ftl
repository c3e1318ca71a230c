<#import "../partials/base.ftl" as base>
<#import "../partials/icons.ftl" as i>
<#if page.params.track??>
<#-- A track: its body places the recommendation, the sessions and the toolbox with shortcodes. -->
<@base.layout title=page.title kind="track">
<article class="prose track has-toc track-${page.params.track}">
  <header class="track-hero">
    <p class="eyebrow"><@i.icon name=page.params.icon!"" size=32/> ${t('track_number', page.params.track)}</p>
    <h1${langAttr(page)}>${page.title}</h1>
  </header>
  <nav class="toc" data-toc aria-labelledby="toc-title"><h2 id="toc-title">${t('on_this_page')}</h2></nav>
  <div class="body">${page.content}</div>
</article>
<@base.pager/>
</@base.layout>
<#else>
<#-- The tracks summary. -->
<@base.layout title=page.title kind="section">
<h1${langAttr(page)}>${page.title}</h1>
<div class="prose">${page.content}</div>
<#list page.children as tr>
<section class="track-summary track-${tr.params.track}" aria-labelledby="track-${tr.params.track}">
  <h2 id="track-${tr.params.track}"><@i.icon name=tr.params.icon!"" size=28/> <a href="${url(tr)}">${t('track_number', tr.params.track)} ${inLang(tr, tr.title)}</a></h2>
  <#if tr.params.summary??>${md(tr.params.summary, tr)}</#if>
</section>
</#list>
</@base.layout>
</#if>
