<#import "partials/base.ftl" as base>
<@base.layout title=t('not_found_title') kind="404">
<div class="prose">
  <h1>${t('not_found_title')}</h1>
  <p>${t('not_found_text')}</p>
  <p><a href="${url(home)}">${t('go_home')}</a></p>
</div>
</@base.layout>
