// Loaded in <head> before the page is drawn, so the reader's chosen colour scheme applies from the first paint
// (no flash, no layout shift). The site follows the system's light or dark setting until the reader presses the
// theme toggle; the choice is then remembered (localStorage) on every page of the site.
(function () {
  var root = document.documentElement;
  var KEY = 'dossier-theme';
  root.classList.add('js'); // CSS shows the toggle only when this script runs
  function stored() {
    try { return localStorage.getItem(KEY); } catch (e) { return null; } // storage may be off (privacy settings)
  }
  function system() {
    return window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  var choice = stored();
  if (choice === 'light' || choice === 'dark') root.setAttribute('data-theme', choice);

  document.addEventListener('DOMContentLoaded', function () {
    var button = document.querySelector('.theme-toggle');
    if (!button) return;
    function show() {
      var dark = (root.getAttribute('data-theme') || system()) === 'dark';
      button.setAttribute('aria-pressed', dark ? 'true' : 'false');
    }
    show();
    button.addEventListener('click', function () {
      var next = (root.getAttribute('data-theme') || system()) === 'dark' ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try { localStorage.setItem(KEY, next); } catch (e) { /* the choice lasts for this page only */ }
      show();
    });
    if (window.matchMedia) matchMedia('(prefers-color-scheme: dark)').addEventListener('change', show);
  });

  // The phone menu: the button opens and closes it; Escape closes it and gives the focus back to the button.
  document.addEventListener('DOMContentLoaded', function () {
    var toggle = document.querySelector('.menu-toggle');
    var header = document.querySelector('.site-header');
    if (!toggle || !header) return;
    function open(yes) {
      header.classList.toggle('menu-open', yes);
      toggle.setAttribute('aria-expanded', yes ? 'true' : 'false');
    }
    toggle.addEventListener('click', function () { open(toggle.getAttribute('aria-expanded') !== 'true'); });
    header.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') { open(false); toggle.focus(); }
    });
  });
})();

// ---- Opened from disk (file://) ----
// Links to a page end in "/" (pretty URLs), and on disk a browser shows a folder listing for a folder address. So a
// site opened from disk gets index.html added to every link of the site that ends in "/" (also "/#part" and
// "/?query"): once the page is read, and again on a click, for links added later. The rule is Dossier.fileLink, for
// the scripts that make addresses of their own (the chooser's redirect, the search form, search results): this
// script runs first on every page. (Builds for reading from disk without JavaScript: dossier build --local.)
(function () {
  var FILE = location.protocol === 'file:';
  /** The address with index.html added to its folder when the page is read from disk; elsewhere as it is. */
  function fileLink(href) {
    var m = FILE && /^([^?#]*\/)([?#].*)?$/.exec(href);
    return m ? m[1] + 'index.html' + (m[2] || '') : href;
  }
  window.Dossier = { fileLink: fileLink };
  if (!FILE) return;
  function fix(a) {
    var href = a.getAttribute('href');
    if (href && a.protocol === 'file:') a.setAttribute('href', fileLink(href)); // only the site's own files
  }
  function fixAll() {
    var links = document.querySelectorAll('a[href]');
    for (var i = 0; i < links.length; i++) fix(links[i]);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fixAll);
  else fixAll();
  document.addEventListener('click', function (e) {
    var a = e.target && e.target.closest ? e.target.closest('a[href]') : null;
    if (a) fix(a);
  }, true);
})();
