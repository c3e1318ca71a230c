<#import "partials/base.ftl" as base>
<#import "partials/icons.ftl" as i>
<@base.layout kind="home">
<header class="hero">
  <#if page.params.event??><p class="eyebrow"${langAttr(page)}>${page.params.event}</p></#if>
  <h1${langAttr(page)}>${page.title}</h1>
  <#if page.params.tagline??><p class="tagline"${langAttr(page)}>“${page.params.tagline}”</p></#if>
</header>
<#assign tracks = pageAt("tracks/_index.md")!>
<#if tracks?has_content>
<section aria-labelledby="home-tracks">
  <h2 id="home-tracks"><a href="${url(tracks)}"${langAttr(tracks)}>${tracks.title}</a></h2>
  <div class="cards cards-4">
  <#list tracks.children as tr>
    <article class="card track-card track-${tr.params.track}">
      <p class="eyebrow"><@i.icon name=tr.params.icon!"" size=28/> ${t('track_number', tr.params.track)}</p>
      <h3><a href="${url(tr)}"${langAttr(tr)}>${tr.title}</a></h3>
      <p>${t('sessions_count', tr.children?size)}</p>
    </article>
  </#list>
  </div>
</section>
</#if>
<#assign plenaries = pageAt("plenaries/_index.md")!>
<#if plenaries?has_content>
<section aria-labelledby="home-plenaries">
  <h2 id="home-plenaries"><a href="${url(plenaries)}"${langAttr(plenaries)}>${plenaries.title}</a></h2>
  <ol class="cards cards-2 plain">
  <#list plenaries.children as p><li><@base.card p=p/></li></#list>
  </ol>
</section>
</#if>
<#assign dives = pageAt("city-dives/_index.md")!>
<#if dives?has_content>
<section aria-labelledby="home-dives">
  <h2 id="home-dives"><a href="${url(dives)}"${langAttr(dives)}>${dives.title}</a></h2>
  <ol class="dive-list plain">
  <#list dives.children as d>
    <li class="dive-card"><a href="${url(d)}"><span class="num" aria-hidden="true">${d.params.number}</span><span class="visually-hidden">${t('city_dive_number', d.params.number)}: </span>${inLang(d, d.title)}</a><#if d.params.tracks?has_content><span class="dots" aria-hidden="true"><#list d.params.tracks as n><span class="dot track-${n}"></span></#list></span></#if></li>
  </#list>
  </ol>
</section>
</#if>
<div class="prose small">${page.content}</div>
</@base.layout>
