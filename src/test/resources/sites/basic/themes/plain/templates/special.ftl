<#import "partials/frame.ftl" as f>
<@f.frame><h1 class="special">${page.title}</h1>${page.content}</@f.frame>
