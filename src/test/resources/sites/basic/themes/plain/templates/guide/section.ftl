<#import "../partials/frame.ftl" as f>
<@f.frame>
<h1>${page.title}</h1>
<div class="summary">${md(page.params.summary)}</div>
${page.content}
</@f.frame>
