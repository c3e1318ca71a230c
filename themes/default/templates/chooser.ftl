<!doctype html>
<html lang="${lang.code}" dir="${lang.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${site.title}</title>
<meta name="description" content="${site.description}">
<#include "partials/head-assets.ftl">
<#-- With JS, go straight to the reader's browser language; without, the list below is the page. -->
<script src="${asset('js/chooser.js')}" defer></script>
</head>
<body class="kind-chooser">
<main id="main" class="wrap chooser">
  <h1>${site.title}</h1>
  <p>${site.description}</p>
  <h2>${t('choose_language')}</h2>
  <ul class="languages">
  <#list languages as l>
    <li><a href="${url(l.code + '/')}" hreflang="${l.code}" lang="${l.code}">${l.name}</a></li>
  </#list>
  </ul>
</main>
</body>
</html>
