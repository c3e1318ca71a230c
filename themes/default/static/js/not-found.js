// The not-found page: fills its search box with the words of the address that was missing, so that one press of
// Search looks for what the reader was after ("/it/cities/kosice/" → "kosice", "/en/tracks/green-bonds.html" →
// "green bonds"). The form's data-not-found holds the site's base path, which is left out.
(function () {
  'use strict';
  var form = document.querySelector('form[data-not-found]');
  if (!form) return;
  var input = form.querySelector('input[name="q"]');
  if (!input || input.value) return;
  var path = location.pathname;
  var base = form.getAttribute('data-not-found') || '/';
  if (path.indexOf(base) === 0) path = path.slice(base.length);
  var parts = path.split('/').filter(function (p) { return p && !/^index\.html?$/i.test(p) && p !== '404.html'; });
  var last = parts.length ? parts[parts.length - 1] : '';
  try { last = decodeURIComponent(last); } catch (e) { /* a malformed escape: keep the text as it is */ }
  var words = last.replace(/\.(html?|php|aspx?)$/i, '').replace(/[-_+.~]+/g, ' ').trim();
  if (words && words.length <= 80) input.value = words;
})();
