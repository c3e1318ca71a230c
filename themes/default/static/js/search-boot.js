// Search, until it is used: "/" focuses the search box, and the first focus or keystroke in it loads search.js
// (named in the form's data-search-script). On a site opened from disk the forms' targets get their index.html
// (Dossier.fileLink, theme.js), since browsers show a folder listing for a folder address there.
(function () {
  'use strict';
  var forms = document.querySelectorAll('form[data-search]');
  if (!forms.length) return;
  if (location.protocol === 'file:') {
    for (var i = 0; i < forms.length; i++) forms[i].setAttribute('action', Dossier.fileLink(forms[i].action));
  }
  var config = document.querySelector('form[data-search-script]');
  var onSearchPage = !!document.querySelector('form[data-search="page"]'); // the page loads search.js itself
  var requested = false;
  function load() {
    if (requested || onSearchPage || window.DossierSearch || !config) return;
    requested = true;
    var s = document.createElement('script');
    s.src = config.getAttribute('data-search-script');
    s.async = true;
    document.head.appendChild(s);
  }
  var inputs = document.querySelectorAll('form[data-search] input[type="search"]');
  for (var j = 0; j < inputs.length; j++) {
    inputs[j].addEventListener('focus', load);
    inputs[j].addEventListener('input', load);
  }
  document.addEventListener('keydown', function (e) {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    var box = document.querySelector('form[data-search="page"] input[type="search"]') || inputs[0];
    if (!box) return;
    e.preventDefault();
    box.focus();
    box.select();
  });
})();
