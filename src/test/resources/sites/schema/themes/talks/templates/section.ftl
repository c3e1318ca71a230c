<#import "partials/frame.ftl" as f>
<@f.frame>
<h1>${page.title}</h1>
${page.content}
<ul><#list page.children as c><li><a href="${url(c)}">${c.title}</a></li></#list></ul>
</@f.frame>
