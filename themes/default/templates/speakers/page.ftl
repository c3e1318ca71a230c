<#import "../partials/base.ftl" as base>
<#import "../partials/mentions.ftl" as m>
<@base.layout title=page.title kind="person" description=t('person_description', page.title)>
<article class="prose">
  <h1${langAttr(page)}>${page.title}</h1>
  <dl class="facts">
    <#if page.params.role?has_content><dt>${t('role')}</dt><dd${langAttr(page.textLang("role"))}>${page.params.role}</dd></#if>
    <#if page.params.organisation?has_content && page.params.organisation != (page.params.role!"")><dt>${t('organisation')}</dt><dd${langAttr(page.textLang("organisation"))}>${page.params.organisation}</dd></#if>
    <#if page.params.city?has_content><dt>${t('city')}</dt><dd><#assign c = pageAt("cities/" + page.params.city?lower_case?replace("[^\\p{L}\\p{N}]+", "-", "r") + ".md")!><#if c?has_content><a href="${url(c)}">${page.params.city}</a><#else>${page.params.city}</#if></dd></#if>
  </dl>
  <#assign spoke = page.referencedBy("speakers")>
  <#if spoke?has_content>
  <h2 id="spoke-at">${t('spoke_at')}</h2>
  <ul><#list spoke as p><li><a href="${url(p)}"${langAttr(p)}>${p.title}</a></li></#list></ul>
  </#if>
  <#assign quotes = page.quotes>
  <#if quotes?has_content>
  <h2 id="quotes">${t('quotes')}</h2>
  <div data-search-ignore>
  <#list quotes as q>
  <figure class="quote"><blockquote${langAttr(q.page)}>${q.text}</blockquote>
    <figcaption>— <cite>${page.title}</cite>, <a href="${url(q.href)}"${langAttr(q.page)}>${q.page.title}</a></figcaption></figure>
  </#list>
  </div>
  </#if>
  <@m.mentions/>
</article>
</@base.layout>
