<#import "../partials/base.ftl" as base>
<@base.layout title=page.title kind="section">
<h1${langAttr(page)}>${page.title}</h1>
<p class="lead"${langAttr(page)}>${page.description}</p>
<figure class="map-figure">
  ${page.map(t('map_title', page.children?size), t('map_dot'))}
</figure>
<h2 id="by-country">${t('cities_by_country')}</h2>
<#assign byCountry = {}>
<#list page.children as c><#assign k = country(c.params.country!"")><#assign byCountry = byCountry + {k: (byCountry[k]![]) + [c]}></#list>
<dl class="by-country">
<#list byCountry?keys?sort as k>
  <dt>${k}</dt>
  <dd><#list byCountry[k] as c><a href="${url(c)}"${langAttr(c)}>${c.title}</a><#sep>, </#list></dd>
</#list>
</dl>
<h2 id="a-z">${t('cities_az')}</h2>
<ul class="az-list">
<#list page.children as c>
  <li><a href="${url(c)}"${langAttr(c)}>${c.title}</a> <span class="small">${country(c.params.country!"")} · ${t('mentioned_in', c.mentions?size)}</span></li>
</#list>
</ul>
</@base.layout>
