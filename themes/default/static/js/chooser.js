// Language chooser: send the reader to the edition in their browser's language, if the site has it.
// Adding ?choose to the address shows the list instead, so readers can always pick another language.
// Opened from disk (file://), a folder address shows a folder listing: the links get their index.html.
(function () {
  var links = document.querySelectorAll('.languages a[hreflang]');
  if (location.protocol === 'file:') {
    for (var k = 0; k < links.length; k++) {
      var h = links[k].getAttribute('href');
      if (/\/$/.test(h)) links[k].setAttribute('href', h + 'index.html');
    }
  }
  if (/[?&]choose\b/.test(location.search)) return;
  var byCode = {};
  for (var i = 0; i < links.length; i++) byCode[links[i].getAttribute('hreflang').toLowerCase()] = links[i].href;
  var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
  for (var j = 0; j < wanted.length; j++) {
    var tag = String(wanted[j]).toLowerCase();
    var target = byCode[tag] || byCode[tag.split('-')[0]];
    if (target) { location.replace(target); return; }
  }
})();
