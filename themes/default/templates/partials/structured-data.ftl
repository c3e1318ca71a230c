<#-- JSON-LD (schema.org) on each language's home page: the report, and the event it reports on. A data block, not a
     script: browsers never run it and the Content-Security-Policy does not apply to it. ?json_string escapes quotes
     and "</", so no text can end the block early. -->
<script type="application/ld+json">
{"@context": "https://schema.org",
 "@type": "Report",
 "name": "${page.title?json_string?no_esc}",
<#if page.params.tagline??> "alternativeHeadline": "${page.params.tagline?json_string?no_esc}",
</#if> "description": "${desc?json_string?no_esc}",
 "inLanguage": "${page.contentLang?json_string?no_esc}",
 "url": "${page.permalink?json_string?no_esc}"<#if page.params.event??>,
 "about": {"@type": "Event", "name": "${page.params.event?json_string?no_esc}"<#if page.params.place??>,
   "location": {"@type": "Place", "name": "${page.params.place?json_string?no_esc}"}</#if>}</#if>}
</script>
