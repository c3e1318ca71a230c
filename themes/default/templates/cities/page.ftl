<#import "../partials/base.ftl" as base>
<#import "../partials/mentions.ftl" as m>
<#import "../partials/session.ftl" as session>
<@base.layout title=page.title kind="place" description=t('city_description', page.title)>
<article class="prose">
  <p class="eyebrow">${country(page.params.country!"")}</p>
  <h1${langAttr(page)}>${page.title}</h1>
  <#if page.params.aliases?has_content><p class="small">${t('also_written')} ${list(page.params.aliases)}</p></#if>
  <#assign took = page.referencedBy("cities")>
  <#if took?has_content>
  <h2 id="took-part">${t('took_part_in')}</h2>
  <ul><#list took as p><li><a href="${url(p)}"><@session.numbered p=p/></a></li></#list></ul>
  </#if>
  <@m.mentions/>
</article>
</@base.layout>
