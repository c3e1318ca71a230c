<#-- The site overrides the theme's generic section layout without editing the theme. -->
<#import "partials/frame.ftl" as f>
<@f.frame><h1 class="override">${page.title}</h1>${page.content}</@f.frame>
