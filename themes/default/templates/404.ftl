<#-- The not-found page: <lang>/404.html for each language, and 404.html at the root in the default language
     (atRoot: it also leads to every language's home). A host shows it at whatever address was missing, so every link
     here starts at the base path (url() does that for this page). With JS, not-found.js fills the search box with the
     words of the missing address. -->
<#import "partials/base.ftl" as base>
<@base.layout title=t('not_found_title') kind="404">
<div class="prose not-found">
  <h1>${t('not_found_title')}</h1>
  <p>${t('not_found_text')} ${t('not_found_hint')}</p>
  <p><a href="${url(home)}">${t('go_home')}</a></p>
  <h2 id="not-found-search">${t('not_found_search')}</h2>
  <form class="search-form" role="search" aria-labelledby="not-found-search" method="get"
        action="${url(lang.code + '/search/')}" data-not-found="${url('/')}">
    <label for="not-found-q">${t('search_label')}</label>
    <div class="search-row">
      <input id="not-found-q" class="search-input" type="search" name="q" autocomplete="off" spellcheck="false">
      <button type="submit">${t('search')}</button>
    </div>
  </form>
  <h2>${t('not_found_sections')}</h2>
  <ul class="not-found-sections">
    <li><a href="${url(home)}"${langAttr(home)}>${home.title}</a></li>
  <#list home.children as s>
    <li><a href="${url(s)}"${langAttr(s)}>${s.title}</a></li>
  </#list>
  </ul>
<#if atRoot!false && languages?size gt 1>
  <h2>${t('not_found_languages')}</h2>
  <ul class="not-found-languages">
  <#list languages as l>
    <li><a href="${url(l.code + '/')}" hreflang="${l.code}" lang="${l.code}">${l.name}</a></li>
  </#list>
  </ul>
</#if>
</div>
<script src="${asset('js/not-found.js')}" defer></script>
</@base.layout>
