<#import "../partials/base.ftl" as base>
<@base.layout title=page.title kind="plenary">
<article class="prose plenary has-toc">
  <header>
    <p class="eyebrow">${t('plenary_number', page.params.number)}</p>
    <h1${langAttr(page)}>${page.title}</h1>
  </header>
  <nav class="toc" data-toc aria-labelledby="toc-title"><h2 id="toc-title">${t('on_this_page')}</h2></nav>
  <div class="body">
  <#if page.params.key_message??>
  <div class="key-message" role="note" aria-label="${t('key_message')}">${mdInline(page.params.key_message)}</div>
  </#if>
  ${page.content}
  <#if page.params.speakers?has_content>
  <section class="speakers" aria-labelledby="speakers">
    <h2 id="speakers">${t('speakers')}</h2>
    <ul>
    <#list page.params.speakers as s><li${langAttr(page)}><strong>${s.name}</strong><#if s.role?has_content> — ${s.role}</#if></li></#list>
    </ul>
  </section>
  </#if>
  </div>
</article>
<@base.pager/>
</@base.layout>
