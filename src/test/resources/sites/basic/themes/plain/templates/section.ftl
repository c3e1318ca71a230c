<#import "partials/frame.ftl" as f>
<@f.frame><h1 class="theme">${page.title}</h1>${page.content}</@f.frame>
