<#import "../partials/session.ftl" as session>
<section class="sessions" aria-labelledby="cities-in-action">
<h2 id="cities-in-action">${t('cities_in_action')}</h2>
<#list page.children as s>
<article class="session-inline" data-search-ignore data-shows-page="${url(s)}" id="session-${s.params.code?replace('.', '-')}" aria-labelledby="session-${s.params.code?replace('.', '-')}-title">
  <p class="eyebrow"><a href="${url(s)}">${t('session_number', s.params.code)}</a></p>
  <h3 id="session-${s.params.code?replace('.', '-')}-title"${langAttr(s)}>${s.title}</h3>
  <@session.body s=s/>
</article>
</#list>
</section>
