/* Dossier's dev server: live reload and the problems overlay. Added by the server to the pages it serves, never
   written into the built files. See org.dossier.serve.LiveReload for the events. */
(function () {
  'use strict';
  var me = document.currentScript;
  var build = me.getAttribute('data-build');
  var page = me.getAttribute('data-page');

  /** Reloads the tab; the browser keeps the scroll position on a reload (not on a new visit of the address). */
  function reload() {
    location.reload();
  }

  function path(p) {
    try { p = decodeURI(p); } catch (e) { /* keep it encoded */ }
    return p.slice(-1) === '/' ? p + 'index.html' : p;
  }

  /** The changed files this tab shows: its page and the files it loaded (stylesheet, script, image, search index…). */
  function affected(changed) {
    if (changed === 'all') return ['all'];
    var mine = {};
    mine[page] = mine[path(location.pathname)] = true;
    performance.getEntriesByType('resource').forEach(function (e) {
      try {
        var u = new URL(e.name);
        if (u.origin === location.origin) mine[path(u.pathname)] = true;
      } catch (x) { /* not a URL */ }
    });
    return changed.filter(function (p) { return mine[p] === true; });
  }

  /**
   * Puts the new page's <main> in place of this one's, when that is all that changed (an edited text): faster than a
   * reload, and the scroll position stays. Reloads when the page came from another build than the event's.
   */
  function swap(s) {
    swapping = true;
    fetch(location.href, {cache: 'no-store'}).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.text();
    }).then(function (html) {
      var doc = new DOMParser().parseFromString(html, 'text/html');
      var fresh = doc.querySelector('main');
      var mine = document.querySelector('main');
      var from = doc.querySelector('script[src="/__dossier/live.js"]');
      if (!fresh || !mine || !from || from.getAttribute('data-build') !== s.build) throw new Error('not that build');
      mine.replaceWith(document.adoptNode(fresh));
      build = s.build;
      me.setAttribute('data-build', build);
      document.dispatchEvent(new CustomEvent('dossier:swapped'));
      swapping = false;
      if (queued) onState(queued); // an event that came during the swap
      queued = null;
    }).catch(reload);
  }

  var swapping = false;
  var queued = null;

  function onState(s) {
    if (swapping) {
      queued = s;
      return;
    }
    if (s.ok) {
      hide();
      dismissed = null;
      if (s.build === build) return;
      var mine = s.from === build ? affected(s.changed) : null;
      if (mine && mine.length === 0) {
        build = s.build; // nothing this tab shows has changed: it is as good as the new build's
        me.setAttribute('data-build', build);
        return;
      }
      if (mine && s.swap && mine.every(function (p) { return s.swap.indexOf(p) >= 0; })) swap(s);
      else reload();
      return;
    }
    if (s.build !== build) { // a build came and went while this tab was away: take it first
      reload();
      return;
    }
    show(s.problems);
  }

  // ---- the overlay: a modal dialog in a shadow root (the site's CSS cannot reach it), styled by live.css ----

  var current = null;
  var dismissed = null;

  function hide() {
    var host = current;
    current = null;
    if (host) host.remove();
  }

  function el(name, text, cls) {
    var e = document.createElement(name);
    if (text) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function where(p) {
    return p.file + (p.line > 0 ? ':' + p.line + (p.column > 0 ? ':' + p.column : '') : '');
  }

  function show(problems) {
    var key = JSON.stringify(problems);
    if (key === dismissed || (current && current.getAttribute('data-problems') === key)) return;
    hide();
    var host = document.createElement('dossier-problems');
    host.setAttribute('data-problems', key);
    var root = host.attachShadow({mode: 'open'});
    var css = el('link');
    css.rel = 'stylesheet';
    css.href = '/__dossier/live.css';
    var dialog = el('dialog');
    dialog.setAttribute('role', 'alertdialog');
    dialog.setAttribute('aria-labelledby', 'dossier-title');
    dialog.setAttribute('aria-describedby', 'dossier-lead');
    dialog.lang = 'en';
    dialog.dir = 'ltr';
    var header = el('header');
    var n = problems.length;
    header.appendChild(el('h2', 'The site did not build: ' + n + (n === 1 ? ' error' : ' errors'))).id = 'dossier-title';
    var close = el('button', 'Close');
    close.type = 'button';
    close.setAttribute('aria-label', 'Close the list of problems');
    close.addEventListener('click', function () { dialog.close(); });
    header.appendChild(close);
    dialog.appendChild(header);
    dialog.appendChild(el('p', 'This tab shows the last version that built. Fix the file and save it: this list goes'
        + ' away and the page reloads by itself.', 'lead')).id = 'dossier-lead';
    var list = el('ol');
    problems.forEach(function (p) {
      var li = el('li');
      li.appendChild(el('p', where(p), 'where'));
      li.appendChild(el('p', p.message, 'message'));
      if (p.hint) {
        var hint = el('p', null, 'hint');
        hint.appendChild(el('strong', 'What to do: '));
        hint.appendChild(document.createTextNode(p.hint));
        li.appendChild(hint);
      }
      if (p.source) {
        var gutter = String(p.line);
        var pre = el('pre', null, 'source');
        pre.appendChild(el('span', gutter + ' | ' + p.source, 'line'));
        if (p.caret) {
          pre.appendChild(document.createTextNode('\n'));
          pre.appendChild(el('span', gutter.replace(/./g, ' ') + ' | ' + p.caret, 'caret'));
        }
        pre.setAttribute('aria-label', 'line ' + p.line + ' of ' + p.file);
        li.appendChild(pre);
      }
      list.appendChild(li);
    });
    dialog.appendChild(list);
    dialog.addEventListener('close', function () {
      if (current !== host) return; // removed after a good build, not closed by the reader
      dismissed = key;
      hide();
    });
    root.appendChild(css);
    root.appendChild(dialog);
    current = host;
    (document.body || document.documentElement).appendChild(host);
    var open = function () {
      if (current === host && !dialog.open) dialog.showModal();
    };
    css.addEventListener('load', open);
    css.addEventListener('error', open);
  }

  // ---- the events: one connection for every tab through a shared worker where there is one ----

  var EVENTS = '/__dossier/events';
  if (window.SharedWorker) {
    try {
      var worker = new SharedWorker('/__dossier/live-worker.js', {name: 'dossier-live'});
      worker.port.onmessage = function (e) { onState(e.data); };
      worker.port.start();
      window.addEventListener('pagehide', function () { worker.port.postMessage('bye'); });
      window.addEventListener('pageshow', function (e) { if (e.persisted) location.reload(); });
      return;
    } catch (e) { /* not allowed here: a connection of its own */ }
  }
  var source = new EventSource(EVENTS);
  source.onmessage = function (e) { onState(JSON.parse(e.data)); };
  window.addEventListener('pagehide', function () { source.close(); });
  window.addEventListener('pageshow', function (e) { if (e.persisted) location.reload(); });
})();
