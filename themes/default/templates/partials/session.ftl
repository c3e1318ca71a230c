<#-- A session's details and text; used on its own page and inline on its track page. -->
<#macro body s>
<p class="session-heading">${s.params.heading!}</p>
<#if s.params.lead??><p class="lead">${mdInline(s.params.lead)}</p></#if>
<#if s.params.cities?has_content || s.params.partners?has_content>
<dl class="facts">
  <#if s.params.cities?has_content><dt>${t('cities')}</dt><dd>${list(s.params.cities)}</dd></#if>
  <#if s.params.partners?has_content><dt>${t('partners')}</dt><dd>${list(s.params.partners)}</dd></#if>
</dl>
</#if>
${s.content}
</#macro>
