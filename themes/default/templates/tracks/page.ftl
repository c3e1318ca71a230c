<#import "../partials/base.ftl" as base>
<#import "../partials/icons.ftl" as i>
<#import "../partials/session.ftl" as session>
<@base.layout title=page.title kind="session">
<article class="prose session track-${page.parent.params.track!}">
  <p class="eyebrow"><@i.icon name=page.parent.params.icon!"" size=20/> ${t('session_number', page.params.code)} · <a href="${url(page.parent)}"${langAttr(page.parent)}>${page.parent.title}</a></p>
  <h1${langAttr(page)}>${page.title}</h1>
  <@session.body s=page/>
</article>
<@session.related p=page/>
<@base.pager/>
</@base.layout>
