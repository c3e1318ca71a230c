<#if page.params.recommendation??>
<aside class="recommendation" aria-labelledby="recommendation">
  <h2 id="recommendation">${t('recommendation')}</h2>
  ${md(page.params.recommendation?replace("\n", "  \n"))}
</aside>
</#if>
