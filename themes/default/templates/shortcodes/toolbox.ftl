<#if page.params.toolbox?has_content>
<section class="toolbox" aria-labelledby="toolbox">
<h2 id="toolbox">${t('toolbox')}</h2>
<div class="toolbox-grid">
<#list page.params.toolbox as block>
<section class="toolbox-block toolbox-${block.kind}">
  <h3>${t('toolbox_' + block.kind?replace('-', '_'))}</h3>
  <#if block.items?has_content>
  <ul><#list block.items as item><li><#if block.kind == "cities">${linkNames(mdInline(item))}<#else>${mdInline(item)}</#if></li></#list></ul>
  </#if>
  <#list (block.notes)![] as note><div class="note">${md(note)}</div></#list>
</section>
</#list>
</div>
</section>
</#if>
