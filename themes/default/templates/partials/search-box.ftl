<#-- The header search box. Without JS it is a plain GET form to the search page; search-boot.js loads search.js
     the first time the box is used. The script finds everything it needs in the data- attributes (no inline script):
     where the site's root is from this page, the language, the script, the languages and the UI strings. -->
<form class="search-box" role="search" aria-label="${t('search_label')}" method="get" action="${url(lang.code + '/search/')}"
      data-search="box" data-search-root="${url('/')}" data-search-lang="${lang.code}"
      data-search-script="${asset('js/search.js')}"
      data-search-languages="<#list languages as l>${l.code}=${l.name}<#sep>|</#list>"
      data-l-none="${t('search_results_none')}" data-l-one="${t('search_results_one')}"
      data-l-many="${t('search_results_many')}" data-l-more="${t('search_results_more')}"
      data-l-all="${t('search_all_results')}" data-l-error="${t('search_error')}">
  <label class="visually-hidden" for="search-box-q">${t('search_label')}</label>
  <input id="search-box-q" class="search-input" type="search" name="q" placeholder="${t('search')}" autocomplete="off"
         spellcheck="false" aria-keyshortcuts="/">
  <button type="submit">${t('search')}</button>
</form>
<script src="${asset('js/search-boot.js')}" defer></script>
