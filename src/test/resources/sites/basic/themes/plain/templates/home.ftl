<#import "partials/frame.ftl" as f>
<@f.frame>
<h1>${page.title}</h1>
${page.content}
<p>${data.people[0].name}, ${data.people[0].role}</p>
</@f.frame>
