<#-- Every paragraph that names the page (a city, a person), grouped by the page it is on. -->
<#macro mentions>
<#assign found = page.mentions>
<h2 id="mentions">${t('mentioned_in', found?size)}</h2>
<#if found?has_content>
<ol class="mentions" data-search-ignore>
<#list found as f>
  <li>
    <p class="small"><#list f.page.ancestors as a><#if a?index gt 0>${inLang(a, a.title)} › </#if></#list>${inLang(f.page, f.page.title)}</p>
    <p><a href="${url(f.href)}"${langAttr(f.page)}>${f.snippet}</a></p>
  </li>
</#list>
</ol>
</#if>
</#macro>
