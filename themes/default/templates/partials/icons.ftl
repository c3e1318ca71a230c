<#-- The theme's icons, drawn inline (no extra request, coloured by CSS with currentColor). A page names its icon in
     front matter ("icon: coins"); the tracks use them on every card, heading and tag. Decorative: hidden from
     screen readers, the text beside them says the same. -->
<#macro icon name size=24>
<#switch name>
<#case "coins"><svg class="icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="${size}" height="${size}"><ellipse cx="12" cy="6" rx="7" ry="3"/><path d="M5 6v6c0 1.7 3.1 3 7 3s7-1.3 7-3V6M5 12v6c0 1.7 3.1 3 7 3s7-1.3 7-3v-6"/></svg><#break>
<#case "bolt"><svg class="icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="${size}" height="${size}"><path d="M13 2 4 14h7l-1 8 9-12h-7z"/></svg><#break>
<#case "network"><svg class="icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="${size}" height="${size}"><circle cx="12" cy="5" r="2.5"/><circle cx="5" cy="18" r="2.5"/><circle cx="19" cy="18" r="2.5"/><path d="M10.8 7.2 6.2 15.8M13.2 7.2l4.6 8.6M7.5 18h9"/></svg><#break>
<#case "target"><svg class="icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="${size}" height="${size}"><circle cx="12" cy="12" r="9"/><circle cx="12" cy="12" r="5"/><circle cx="12" cy="12" r="1.5"/></svg><#break>
<#default>
</#switch>
</#macro>
