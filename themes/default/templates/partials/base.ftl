<#import "icons.ftl" as i>
<#-- The frame of every page: head, header with navigation and language switcher, main, footer. -->
<#macro layout title="" kind="page" description="">
<!doctype html>
<html lang="${lang.code}" dir="${lang.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#if title?has_content>${title} · </#if>${site.title}</title>
<#local desc = (description?has_content)?then(description, (page.description)!site.description)>
<meta name="description" content="${desc}">
<#if page??>
<link rel="canonical" href="${page.original.permalink}">
<#if page.alternates?size gt 1>
<#list page.alternates as tr>
<link rel="alternate" hreflang="${tr.lang}" href="${tr.permalink}">
</#list>
<#list page.alternates as tr><#if tr.lang == site.defaultLanguage>
<link rel="alternate" hreflang="x-default" href="${tr.permalink}">
</#if></#list>
</#if>
<#-- Sharing: Open Graph (Facebook, LinkedIn, Mastodon, messengers) and Twitter/X cards. -->
<meta property="og:type" content="${(kind == "home")?then("website", "article")}">
<meta property="og:site_name" content="${(home.title)!site.title}">
<meta property="og:title" content="${title?has_content?then(title, page.title)}">
<meta property="og:description" content="${desc}">
<meta property="og:url" content="${page.original.permalink}">
<meta property="og:locale" content="${lang.locale?replace("-", "_")}">
<#list languages as l><#if l.code != lang.code && page.alternates?filter(a -> a.lang == l.code)?has_content>
<meta property="og:locale:alternate" content="${l.locale?replace("-", "_")}">
</#if></#list>
<meta name="twitter:card" content="summary">
<#if kind == "home"><#include "structured-data.ftl"></#if>
</#if>
<#include "head-assets.ftl">
</head>
<body class="kind-${kind}">
<a class="skip-link" href="#main">${t('skip_to_content')}</a>
<header class="site-header">
  <div class="wrap header-bar">
    <#if home??><a class="brand" href="${url(home)}"><svg class="logo" aria-hidden="true" focusable="false" viewBox="0 0 32 32" width="32" height="32"><rect class="l1" x="1" y="1" width="14" height="14" rx="3"/><rect class="l2" x="17" y="1" width="14" height="14" rx="3"/><rect class="l3" x="1" y="17" width="14" height="14" rx="3"/><rect class="l4" x="17" y="17" width="14" height="14" rx="3"/></svg><span class="brand-text"${langAttr(home)}><span class="brand-title">${home.title}</span><#if home.params.event??><span class="brand-event">${home.params.event}</span></#if></span></a></#if>
    <button type="button" class="menu-toggle" aria-expanded="false" aria-controls="site-menu"><svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20"><path d="M3 6h18M3 12h18M3 18h18"/></svg><span>${t('menu')}</span></button>
    <#include "search-box.ftl">
    <div class="site-menu" id="site-menu">
    <#if page?? && page.allTranslations?size gt 1>
    <nav class="lang-switch" aria-label="${t('this_page_in')}">
      <ul>
      <#list page.allTranslations as tr>
        <li><#if tr.lang == page.lang><span aria-current="true" lang="${tr.lang}">${languageNames[tr.lang]}</span><#else><a href="${url(tr)}" hreflang="${tr.lang}" lang="${tr.lang}">${languageNames[tr.lang]}</a></#if></li>
      </#list>
      </ul>
    </nav>
    </#if>
    <button type="button" class="theme-toggle" aria-pressed="false" title="${t('dark_theme')}"><svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20"><path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z"/></svg><span>${t('dark_theme')}</span></button>
<#if home??>
  <nav class="site-nav" aria-label="${t('main_navigation')}">
    <ul>
    <#list home.children as s>
      <li><a href="${url(s)}"<#if page?? && (page.path == s.path || page.path?starts_with(s.path?remove_ending("_index.md")) && s.kind == "section")> aria-current="<#if page.path == s.path>page<#else>true</#if>"</#if>${langAttr(s)}>${s.title}</a></li>
    </#list>
    </ul>
  </nav>
  </#if>
    </div>
  </div>
</header>
<main id="main" class="wrap" tabindex="-1">
<#if page?? && page.fallback>
  <p class="notice fallback-notice">${t('fallback_notice', languageNames[page.lang], languageNames[page.contentLang])}</p>
<#elseif page?? && page.stale>
  <p class="notice stale-notice">${t('stale_notice', languageNames[site.defaultLanguage])}<#list page.allTranslations as tr><#if tr.lang == site.defaultLanguage> <a href="${url(tr)}" hreflang="${tr.lang}" lang="${tr.lang}">${tr.title}</a></#if></#list></p>
</#if>
<#if page?? && page.ancestors?size gt 0>
  <nav class="breadcrumb" aria-label="${t('breadcrumb')}"><ol>
  <#list page.ancestors as a><li><a href="${url(a)}"${langAttr(a)}>${a.title}</a></li></#list>
  <li aria-current="page"${langAttr(page)}>${page.title}</li></ol></nav>
</#if>
<#-- Language of parts (WCAG 3.1.2): whatever comes from a page whose text is in another language than this one's
     (a fallback shows English) is marked with langAttr(p) / inLang(p, text): its title wherever it is shown, its
     description, the front matter text; page.content and md()/mdInline() mark themselves. The theme's own words
     (t(), list(), date()…) stay in the page's language, so main is not wrapped in a lang of its own. -->
<#nested>
</main>
<footer class="site-footer">
  <div class="wrap">
    <#if home??><p${langAttr(home)}>${home.params.event!site.title} · ${home.title}</p></#if>
    <#if home?? && site.printEdition><p class="print-link"><a href="${url(lang.code + '/print/')}">${t('print_edition')}</a></p></#if>
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
  <#if page.prev??><a class="prev" rel="prev" href="${url(page.prev)}"><span class="small">${t('previous')}</span> ${inLang(page.prev, page.prev.title)}</a></#if>
  <#if page.next??><a class="next" rel="next" href="${url(page.next)}"><span class="small">${t('next')}</span> ${inLang(page.next, page.next.title)}</a></#if>
</nav>
</#if>
</#macro>

<#-- "Track 2" / "Tracks 1, 3, 4" as links to the track pages. -->
<#macro trackTags tracks>
<#if tracks?has_content>
<p class="track-tags"><span class="label">${t('track_tags', tracks?size)}</span>
<#local summary = pageAt("tracks/_index.md")!>
<#list tracks as n><#if summary?has_content><#list summary.children as tr><#if tr.params.track == n><a class="tag track-${n}" href="${url(tr)}" aria-label="${t('track_number', n)} ${tr.title}" title="${tr.title}"><@i.icon name=tr.params.icon!"" size=16/>${n}</a></#if></#list><#else><span class="tag track-${n}">${n}</span></#if><#sep><span class="visually-hidden">, </span></#list>
</p>
</#if>
</#macro>

<#-- A card linking to a page. -->
<#macro card p heading="h3" extra="">
<article class="card${extra}">
  <${heading}><a href="${url(p)}"${langAttr(p)}>${p.title}</a></${heading}>
  <#if p.description?has_content><p data-print-ignore${langAttr(p)}>${p.description}</p></#if>
  <#nested>
</article>
</#macro>
