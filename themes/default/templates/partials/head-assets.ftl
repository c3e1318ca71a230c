<#-- What every page's <head> loads, the language chooser's too: the colours of the browser's frame, the icon, the
     stylesheet, and theme.js (blocking, tiny) so that a colour scheme the reader chose applies from the first paint. -->
<meta name="theme-color" content="#ffffff" media="(prefers-color-scheme: light)">
<meta name="theme-color" content="#14171b" media="(prefers-color-scheme: dark)">
<link rel="icon" href="${asset('favicon.svg')}" type="image/svg+xml">
<link rel="stylesheet" href="${asset('css/site.css')}">
<script src="${asset('js/theme.js')}"></script>
