<#import "../partials/frame.ftl" as f>
<@f.frame>
<p class="number">Talk ${page.params.number}</p>
<h1>${page.title}</h1>
<#if page.params.summary??><p class="summary">${page.params.summary}</p></#if>
<p class="key-message">${mdInline(page.params.key_message)}</p>
${page.content}
<#list (page.params.speakers)![] as s><p class="speaker">${s.name}</p></#list>
</@f.frame>
