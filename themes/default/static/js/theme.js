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
})();
