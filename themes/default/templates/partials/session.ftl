<#-- A session's details and text; used on its own page and inline on its track page. Its text is marked with the
     session's language (langAttr, mdInline(…, s), s.content); partners, a language-neutral field, are written in the
     default language in every tree, hence inLang(site.defaultLanguage, …) on each, the joiner staying the page's. -->
<#macro body s>
<p class="session-heading"${langAttr(s)}>${linkNames(s.params.heading!"")}</p>
<#if s.params.lead??><p class="lead">${mdInline(s.params.lead, s)}</p></#if>
<#if s.params.cities?has_content || s.params.partners?has_content>
<dl class="facts">
  <#if s.params.cities?has_content><dt>${t('cities')}</dt><dd>${linkNames(list(s.params.cities?map(c -> localName(c))))}</dd></#if>
  <#if s.params.partners?has_content><dt>${t('partners')}</dt><dd>${list(s.params.partners?map(x -> inLang(site.defaultLanguage, x)))}</dd></#if>
</dl>
</#if>
${s.content}
</#macro>

<#-- Related pages: the other sessions of the track and pages sharing a city. -->
<#macro related p>
<#assign rel = p.related(4)>
<#if rel?has_content>
<nav class="related" aria-labelledby="related">
  <h2 id="related">${t('related')}</h2>
  <ul><#list rel as r><li><a href="${url(r)}"><@numbered p=r/></a></li></#list></ul>
</nav>
</#if>
</#macro>

<#-- "Session 1.2: Title" / "City Dive 5: Title": a session or City Dive as it is named in lists of links. -->
<#macro numbered p><#if p.params.code??>${t('session_number', p.params.code)}<#elseif p.params.number??>${t('city_dive_number', p.params.number)}</#if>: ${inLang(p, p.title)}</#macro>
