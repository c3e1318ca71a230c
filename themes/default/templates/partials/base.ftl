<#-- The frame of every page: head, header with navigation and language switcher, main, footer. -->
<#macro layout title="" kind="page" description="">
<!doctype html>
<html lang="${lang.code}" dir="${lang.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#if title?has_content>${title} · </#if>${site.title}</title>
<#if page??>
<meta name="description" content="${description?has_content?then(description, page.description)}">
<link rel="canonical" href="${page.original.permalink}">
<#if page.alternates?size gt 1>
<#list page.alternates as tr>
<link rel="alternate" hreflang="${tr.lang}" href="${tr.permalink}">
</#list>
<#list page.alternates as tr><#if tr.lang == site.defaultLanguage>
<link rel="alternate" hreflang="x-default" href="${tr.permalink}">
</#if></#list>
</#if>
</#if>
<link rel="stylesheet" href="${asset('css/site.css')}">
<script src="${asset('js/theme.js')}"></script>
</head>
<body class="kind-${kind}">
<a class="skip-link" href="#main">${t('skip_to_content')}</a>
<header class="site-header">
  <div class="wrap header-inner">
    <#if home??><a class="brand" href="${url(home)}">${home.title}</a></#if>
    <#if page?? && page.allTranslations?size gt 1>
    <nav class="lang-switch" aria-label="${t('this_page_in')}">
      <ul>
      <#list page.allTranslations as tr>
        <li><#if tr.lang == page.lang><span aria-current="true" lang="${tr.lang}">${languageNames[tr.lang]}</span><#else><a href="${url(tr)}" hreflang="${tr.lang}" lang="${tr.lang}">${languageNames[tr.lang]}</a></#if></li>
      </#list>
      </ul>
    </nav>
    </#if>
    <#include "search-box.ftl">
    <button type="button" class="theme-toggle" aria-pressed="false"><svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20"><path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z"/></svg><span>${t('dark_theme')}</span></button>
  </div>
  <#if home??>
  <nav class="site-nav" aria-label="${t('main_navigation')}">
    <ul class="wrap">
    <#list home.children as s>
      <li><a href="${url(s)}"<#if page?? && (page.path == s.path || page.path?starts_with(s.path?remove_ending("_index.md")) && s.kind == "section")> aria-current="<#if page.path == s.path>page<#else>true</#if>"</#if>>${s.title}</a></li>
    </#list>
    </ul>
  </nav>
  </#if>
</header>
<main id="main" class="wrap" tabindex="-1">
<#if page?? && page.fallback>
  <p class="notice fallback-notice">${t('fallback_notice', languageNames[page.lang], languageNames[page.contentLang])}</p>
<#elseif page?? && page.stale>
  <p class="notice stale-notice">${t('stale_notice', languageNames[site.defaultLanguage])}<#list page.allTranslations as tr><#if tr.lang == site.defaultLanguage> <a href="${url(tr)}" hreflang="${tr.lang}" lang="${tr.lang}">${tr.title}</a></#if></#list></p>
</#if>
<#if page?? && page.ancestors?size gt 0>
  <nav class="breadcrumb" aria-label="${t('breadcrumb')}"><ol>
  <#list page.ancestors as a><li><a href="${url(a)}">${a.title}</a></li></#list>
  <li aria-current="page">${page.title}</li></ol></nav>
</#if>
<#if page?? && page.fallback><div lang="${page.contentLang}"><#nested></div><#else><#nested></#if>
</main>
<footer class="site-footer">
  <div class="wrap">
    <#if home??><p>${home.params.event!site.title} · ${home.title}</p></#if>
    <p class="small">${t('footer_note')}</p>
  </div>
</footer>
</body>
</html>
</#macro>

<#-- Prev/next links among siblings. -->
<#macro pager>
<#if page.prev?? || page.next??>
<nav class="pager" aria-label="${t('previous')} / ${t('next')}">
  <#if page.prev??><a class="prev" rel="prev" href="${url(page.prev)}"><span class="small">${t('previous')}</span> ${page.prev.title}</a></#if>
  <#if page.next??><a class="next" rel="next" href="${url(page.next)}"><span class="small">${t('next')}</span> ${page.next.title}</a></#if>
</nav>
</#if>
</#macro>

<#-- "Track 2" / "Tracks 1, 3, 4" as links to the track pages. -->
<#macro trackTags tracks>
<#if tracks?has_content>
<p class="track-tags"><span class="label">${t('track_tags', tracks?size)}</span>
<#local summary = pageAt("tracks/_index.md")!>
<#list tracks as n><#if summary?has_content><#list summary.children as tr><#if tr.params.track == n><a class="tag track-${n}" href="${url(tr)}" aria-label="${t('track_number', n)} ${tr.title}" title="${tr.title}">${n}</a></#if></#list><#else><span class="tag track-${n}">${n}</span></#if><#sep>, </#list>
</p>
</#if>
</#macro>

<#-- A card linking to a page. -->
<#macro card p heading="h3" extra="">
<article class="card${extra}">
  <${heading}><a href="${url(p)}">${p.title}</a></${heading}>
  <#if p.description?has_content><p>${p.description}</p></#if>
  <#nested>
</article>
</#macro>
