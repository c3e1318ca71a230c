<#macro frame>
<!doctype html>
<html lang="${lang.code}">
<head><meta charset="utf-8"><title>${page.title} · ${site.title}</title></head>
<body>
<nav><a href="${url(home)}">${t('home')}</a><#list home.children as c> <a href="${url(c)}">${c.title}</a></#list></nav>
<main><#nested></main>
</body>
</html>
</#macro>
