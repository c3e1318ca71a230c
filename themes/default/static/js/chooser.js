// Language chooser: send the reader to the edition in their browser's language, if the site has it.
// Adding ?choose to the address shows the list instead, so readers can always pick another language.
// Opened from disk (file://), the redirect gets its index.html from Dossier.fileLink (theme.js, which fixes the list).
(function () {
  if (/[?&]choose\b/.test(location.search)) return;
  var links = document.querySelectorAll('.languages a[hreflang]');
  var byCode = {};
  for (var i = 0; i < links.length; i++) byCode[links[i].getAttribute('hreflang').toLowerCase()] = links[i].href;
  var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
  for (var j = 0; j < wanted.length; j++) {
    var tag = String(wanted[j]).toLowerCase();
    var target = byCode[tag] || byCode[tag.split('-')[0]];
    if (target) { location.replace(Dossier.fileLink(target)); return; }
  }
})();
