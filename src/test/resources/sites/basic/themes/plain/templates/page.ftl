<#import "partials/frame.ftl" as f>
<@f.frame>
<h1>${page.title}</h1>
<#if page.params.code??><p class="code">${page.params.code} · ${page.params.cities?join(", ")}</p></#if>
${page.content}
<#if page.prev??><a rel="prev" href="${url(page.prev)}">${page.prev.title}</a></#if>
<#if page.next??><a rel="next" href="${url(page.next)}">${page.next.title}</a></#if>
</@f.frame>
