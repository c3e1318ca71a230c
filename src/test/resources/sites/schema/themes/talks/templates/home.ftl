<#import "partials/frame.ftl" as f>
<@f.frame>
<h1>${page.title}</h1>
<p class="tagline">${page.params.tagline}</p>
${page.content}
</@f.frame>
