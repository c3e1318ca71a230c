<#import "partials/frame.ftl" as f>
<@f.frame>
<h1>${page.title}</h1>
<#if page.params.summary??><p class="summary">${page.params.summary}</p></#if>
<#if page.params.role??><p class="role">${page.params.role}</p></#if>
${page.content}
</@f.frame>
