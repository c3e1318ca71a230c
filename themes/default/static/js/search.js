// Dossier search: runs entirely in the browser on the index the build writes under <lang>/search/data/.
// Index files are scripts calling dossierSearchData(key, data), so they load from any static host, under any
// sub-path, and from disk (where browsers refuse fetch()). Only the shards of the words typed and the fragments
// of the results shown are loaded. Words, folding and stemming follow org.dossier.search.Text and Stemmer:
// change both together (StemmerParityBrowserTest compares them).
(function () {
  'use strict';
  if (window.DossierSearch) return;

  // ---- Words (org.dossier.search.Text) ----
  var WORD = /[\p{L}\p{N}\p{M}]+(?:[.,]\p{N}+)*/gu;
  var MARKS = /\p{M}+/gu;
  var SPECIAL = { 'ø': 'o', 'æ': 'ae', 'œ': 'oe', 'ß': 'ss', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i', 'ς': 'σ' };
  var SPECIAL_RE = /[øæœßłđðþıς]/g;

  function fold(w) {
    return w.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(SPECIAL_RE, function (c) { return SPECIAL[c]; });
  }
  function indexable(w) { return w.length > 1 || /^\p{Nd}$/u.test(w); }
  /** Words with their place in the text: {s: start, e: end, w: folded}. */
  function wordsAt(text) {
    var out = [], m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text))) out.push({ s: m.index, e: m.index + m[0].length, w: fold(m[0]) });
    return out;
  }
  function words(text) {
    return wordsAt(text).map(function (x) { return x.w; }).filter(indexable);
  }

  // ---- Stemmers (org.dossier.search.Stemmer) ----
  function byLength(list) {
    return list.slice().sort(function (a, b) { return b.length - a.length || (a < b ? -1 : a > b ? 1 : 0); });
  }
  var IT_SUFFIXES = byLength(['amenti', 'amento', 'imenti', 'imento', 'azioni', 'azione', 'atrici', 'atrice', 'mente',
    'atori', 'atore', 'ismo', 'ismi', 'ista', 'iste', 'isti', 'anza', 'anze', 'enza', 'enze', 'are', 'ere', 'ire',
    'ato', 'ata', 'ati', 'ate', 'ito', 'ite', 'iti', 'uto', 'uta', 'uti', 'ute', 'ita']);
  var FR_SUFFIXES = byLength(['issement', 'isseur', 'ement', 'ation', 'atrice', 'ateur', 'ance', 'ence', 'ique', 'isme',
    'iste', 'euse', 'iere', 'ier', 'eur', 'ite', 'ment', 'ee', 'er', 'ez', 'e']);
  var DE_SUFFIXES = byLength(['ern', 'em', 'er', 'en', 'es', 'e', 's', 'n']);
  var ES_SUFFIXES = byLength(['amiento', 'imiento', 'acion', 'adora', 'ador', 'ante', 'ancia', 'encia', 'mente', 'idad',
    'ismo', 'ista', 'able', 'ible', 'ando', 'iendo', 'ar', 'er', 'ir']);

  function ends(w, s) { return w.length >= s.length && w.slice(w.length - s.length) === s; }
  function cut(w, n) { return w.slice(0, w.length - n); }
  function suffix(w, list, min) {
    for (var i = 0; i < list.length; i++) {
      if (ends(w, list[i]) && w.length - list[i].length >= min) return cut(w, list[i].length);
    }
    return w;
  }
  function isVowel(c) { return 'aeiou'.indexOf(c) >= 0; }
  function hasVowel(w) { return /[aeiouy]/.test(w); }

  var STEM = {
    en: function (w) {
      if (w.length <= 3) return w;
      if (ends(w, 'ies') && w.length > 4) w = cut(w, 3) + 'y';
      else if (ends(w, 'sses')) w = cut(w, 2);
      else if (ends(w, 'xes') || ends(w, 'ches') || ends(w, 'shes')) w = cut(w, 2);
      else if (ends(w, 's') && !ends(w, 'ss') && !ends(w, 'us') && !ends(w, 'is')) w = cut(w, 1);
      var verb = false;
      if (ends(w, 'ing') && w.length - 3 >= 3 && hasVowel(cut(w, 3))) { w = cut(w, 3); verb = true; }
      else if (ends(w, 'ed') && w.length - 2 >= 3 && hasVowel(cut(w, 2))) { w = cut(w, 2); verb = true; }
      if (verb && w.length >= 4 && w.charAt(w.length - 1) === w.charAt(w.length - 2)
          && 'bdfgmnprt'.indexOf(w.charAt(w.length - 1)) >= 0) w = cut(w, 1);
      if (ends(w, 'ational') && w.length - 7 >= 3) w = cut(w, 7) + 'ate';
      else if (ends(w, 'ation') && w.length - 5 >= 3) w = cut(w, 5) + 'ate';
      else if (ends(w, 'ment') && w.length - 4 >= 4) w = cut(w, 4);
      else if (ends(w, 'ness') && w.length - 4 >= 3) w = cut(w, 4);
      else if (ends(w, 'ful') && w.length - 3 >= 3) w = cut(w, 3);
      else if (ends(w, 'ly') && w.length - 2 >= 4) w = cut(w, 2);
      if (ends(w, 'e') && w.length >= 4) w = cut(w, 1);
      return w;
    },
    it: function (w) {
      if (w.length < 4) return w;
      w = suffix(w, IT_SUFFIXES, 3);
      if (w.length > 4 && (ends(w, 'che') || ends(w, 'chi') || ends(w, 'ghe') || ends(w, 'ghi'))) w = cut(w, 2);
      else if (w.length > 3 && 'aeio'.indexOf(w.charAt(w.length - 1)) >= 0) w = cut(w, 1);
      return w;
    },
    fr: function (w) {
      if (w.length < 4) return w;
      if (ends(w, 'aux') && w.length > 4) w = cut(w, 3) + 'al';
      else if (ends(w, 's') || ends(w, 'x')) w = cut(w, 1);
      return suffix(w, FR_SUFFIXES, 3);
    },
    de: function (w) {
      if (w.length < 4) return w;
      if (ends(w, 'ungen') || ends(w, 'heiten') || ends(w, 'keiten')) return cut(w, 2);
      return suffix(w, DE_SUFFIXES, 4);
    },
    es: function (w) {
      if (w.length < 4) return w;
      if (ends(w, 'ces') && w.length > 4) w = cut(w, 3) + 'z';
      else if (ends(w, 'es') && w.length > 4 && !isVowel(w.charAt(w.length - 3))) w = cut(w, 2);
      else if (ends(w, 's') && isVowel(w.charAt(w.length - 2))) w = cut(w, 1);
      w = suffix(w, ES_SUFFIXES, 3);
      if (w.length > 3 && 'aeo'.indexOf(w.charAt(w.length - 1)) >= 0) w = cut(w, 1);
      return w;
    }
  };
  function base(lang) { return String(lang).split('-')[0].toLowerCase(); }
  function stem(lang, w) {
    if (!/^[a-z]+$/.test(w)) return w;
    var f = STEM[base(lang)];
    return f ? f(w) : w;
  }

  // ---- Loading index files (as scripts) ----
  var store = {};
  var pending = {};
  window.dossierSearchData = function (key, data) { store[key] = data; };
  function load(url, key) {
    if (store[key]) return Promise.resolve(store[key]);
    if (pending[key]) return pending[key];
    pending[key] = new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = url;
      s.async = true;
      s.charset = 'utf-8';
      s.onload = function () {
        s.remove();
        delete pending[key];
        if (store[key]) resolve(store[key]); else reject(new Error('search: ' + key + ' is not in ' + url));
      };
      s.onerror = function () {
        s.remove();
        delete pending[key];
        reject(new Error('search: cannot load ' + url));
      };
      document.head.appendChild(s);
    });
    return pending[key];
  }

  /** One language's index under root + lang + "/search/data/". */
  function Index(root, lang) {
    this.root = root;
    this.lang = lang;
    this.meta = null;
    this.opening = null;
  }
  Index.prototype.dir = function () { return this.root + this.lang + '/search/data/'; };
  Index.prototype.open = function () {
    var me = this;
    if (!this.opening) {
      this.opening = load(this.dir() + 'meta.js', this.lang + '/meta').then(function (m) {
        me.meta = m;
        me.stop = new Set(m.stop);
        return me;
      }, function (e) { me.opening = null; throw e; });
    }
    return this.opening;
  };
  Index.prototype.file = function (name) {
    return load(this.dir() + name + '.js?v=' + this.meta.v, this.lang + '/' + name);
  };
  /** The shard holding a term: the last whose first term is not after it. */
  Index.prototype.shardOf = function (key) {
    var b = this.meta.shards, lo = 0, hi = b.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (b[mid] <= key) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  /** A page that shows another language's text (a fallback): all-language searches show the original. */
  Index.prototype.isCopy = function (id) {
    var cp = this.meta.cp;
    for (var i = 0; i < cp.length; i++) if (id >= cp[i][0] && id <= cp[i][1]) return true;
    return false;
  };
  Index.prototype.fragment = function (id) { return this.file('f/' + id); };

  function decode(s) {
    var out = new Map(), id = -1, n = 0;
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c >= 65 && c <= 90) { id += n + 1; out.set(id, c - 64); n = 0; } else n = n * 36 + (c <= 57 ? c - 48 : c - 87);
    }
    return out;
  }

  // ---- Queries ----
  /**
   * A query: its words (folded; the last one, while being typed, also matches as a prefix) and its quoted phrases.
   */
  function parse(q) {
    q = q.replace(/[“”„«»]/g, '"');
    var phrases = [], terms = [], seen = {};
    var all = wordsAt(q);
    var typing = /[^\s"]$/.test(q);
    var quote = /"/g, m, spans = [], open = -1;
    while ((m = quote.exec(q))) {
      if (open < 0) open = m.index; else { spans.push([open, m.index]); open = -1; }
    }
    if (open >= 0) spans.push([open, q.length]);
    spans.forEach(function (sp) {
      var ws = all.filter(function (x) { return x.s > sp[0] && x.e <= sp[1]; }).map(function (x) { return x.w; });
      if (ws.length > 1) phrases.push({ words: ws, open: sp[1] === q.length && open >= 0 && typing });
    });
    all.forEach(function (x, i) {
      if (!indexable(x.w)) return;
      var quoted = spans.some(function (sp) { return x.s > sp[0] && x.e <= sp[1]; });
      var last = i === all.length - 1 && typing;
      var prefix = last && (!quoted || open >= 0) && x.w.length >= 2;
      if (seen[x.w]) { if (prefix) seen[x.w].prefix = true; return; }
      seen[x.w] = { w: x.w, prefix: prefix };
      terms.push(seen[x.w]);
    });
    return { text: q, terms: terms, phrases: phrases };
  }

  /** The most term shards a word being typed may load as a prefix (about 16 KB each). */
  var MAX_PREFIX_SHARDS = 3;

  function idf(n, df) { return Math.log(1 + (n - df + 0.5) / (df + 0.5)); }

  /** Ranks one index's pages for a query: [{index, id, score}], best first. */
  function rank(index, query, widened) {
    var meta = index.meta;
    var terms = query.terms.filter(function (t) { return !index.stop.has(t.w); });
    if (!terms.length) terms = query.terms;
    if (!terms.length) return Promise.resolve({ hits: [], keys: [] });
    var wanted = terms.map(function (t) {
      var exact = new Set(meta.stem.map(function (l) { return stem(l, t.w); }));
      var shards = new Set();
      exact.forEach(function (k) { shards.add(index.shardOf(k)); });
      var prefix = t.prefix;
      if (prefix) {
        // a short prefix of a big site's words would load many shards: it waits for another letter
        var first = index.shardOf(t.w), last = index.shardOf(t.w + '\uffff');
        if (last - first < MAX_PREFIX_SHARDS) for (var s = first; s <= last; s++) shards.add(s); else prefix = false;
      }
      return { term: t, prefix: prefix, exact: exact, shards: Array.from(shards) };
    });
    var ids = new Set();
    wanted.forEach(function (w) { w.shards.forEach(function (s) { ids.add(s); }); });
    return Promise.all(Array.from(ids).map(function (s) { return index.file('t/' + s); })).then(function (loaded) {
      var byShard = {};
      Array.from(ids).forEach(function (s, i) { byShard[s] = loaded[i]; });
      var scores = null, allKeys = [];
      for (var i = 0; i < wanted.length; i++) {
        var w = wanted[i], pages = new Map(), keys = new Set();
        w.shards.forEach(function (s) {
          var shard = byShard[s];
          Object.keys(shard).forEach(function (k) {
            var exact = w.exact.has(k);
            if (!exact && !(w.prefix && k.lastIndexOf(w.term.w, 0) === 0)) return;
            keys.add(k);
            decode(shard[k]).forEach(function (weight, id) {
              var v = exact ? weight : weight * 0.7;
              if (!(pages.get(id) >= v)) pages.set(id, v);
            });
          });
        });
        allKeys.push(keys);
        var f = idf(meta.n, pages.size), next = new Map();
        if (scores === null) pages.forEach(function (v, id) { next.set(id, f * v); });
        else scores.forEach(function (v, id) { if (pages.has(id)) next.set(id, v + f * pages.get(id)); });
        scores = next;
        if (!scores.size) break;
      }
      var hits = [];
      scores.forEach(function (v, id) {
        if (widened && index.isCopy(id)) return; // the same text is found in its own language
        hits.push({ index: index, id: id, score: v });
      });
      return { hits: hits, keys: allKeys };
    });
  }

  /** Whether the words of a phrase follow each other in a list of folded words. */
  function hasPhrase(ws, phrase) {
    var p = phrase.words, n = p.length;
    outer: for (var i = 0; i + n <= ws.length; i++) {
      for (var j = 0; j < n; j++) {
        var a = ws[i + j].w, b = p[j];
        if (a !== b && !(phrase.open && j === n - 1 && a.lastIndexOf(b, 0) === 0)) continue outer;
      }
      return i;
    }
    return -1;
  }

  /** A search over one or more indexes; results come in batches (fragments are loaded as needed). */
  function Run(query, ranked, keys) {
    this.query = query;
    this.ranked = ranked;
    this.keys = keys;
    this.pos = 0;
    this.found = 0;
  }
  Run.prototype.done = function () { return this.pos >= this.ranked.length; };
  /** Whether total() is the final count: a phrase is checked on each page's text, as its results are shown. */
  Run.prototype.exact = function () { return !this.query.phrases.length || this.done(); };
  Run.prototype.total = function () { return this.query.phrases.length ? this.found : this.ranked.length; };
  /** The next {@code n} results, with their link, section path and snippet. */
  Run.prototype.next = function (n) {
    var me = this, out = [];
    function step() {
      if (out.length >= n || me.done()) return Promise.resolve(out);
      var batch = me.ranked.slice(me.pos, me.pos + n - out.length);
      me.pos += batch.length;
      return Promise.all(batch.map(function (h) { return h.index.fragment(h.id); })).then(function (frags) {
        frags.forEach(function (f, i) {
          var r = describe(me.query, me.keys.get(batch[i].index), f, batch[i]);
          if (r) { out.push(r); me.found++; }
        });
        return step();
      });
    }
    return step();
  };

  /** A result from a page's fragment: link, title, section path, snippet marks; null when a phrase is missing. */
  function describe(query, keys, f, hit) {
    var lang = f.l;
    var matchers = keys || [];
    function matches(w) {
      if (!indexable(w)) return false;
      var s = stem(lang, w);
      for (var i = 0; i < matchers.length; i++) if (matchers[i].has(s)) return true;
      return false;
    }
    function marks(text) {
      var ws = wordsAt(text), ranges = [];
      ws.forEach(function (x) { if (matches(x.w)) ranges.push([x.s, x.e, x.w, 1]); });
      query.phrases.forEach(function (p, i) {
        for (var rest = ws, at; (at = hasPhrase(rest, p)) >= 0; rest = rest.slice(at + p.words.length)) {
          ranges.push([rest[at].s, rest[at + p.words.length - 1].e, '"' + i, 3]);
        }
      });
      ranges.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
      return { words: ws, ranges: ranges };
    }
    var blocks = f.b.map(function (b) { return { b: b, head: marks(b[2]), text: marks(b[3]) }; });
    var title = marks(f.t);
    if (query.phrases.length) {
      var ok = query.phrases.every(function (p) {
        return hasPhrase(title.words, p) >= 0 || blocks.some(function (x) {
          return hasPhrase(x.head.words, p) >= 0 || hasPhrase(x.text.words, p) >= 0;
        });
      });
      if (!ok) return null;
    }
    // The block to open at: most different query words in its heading (three times) and text (a phrase five
    // times), then most matches.
    function distinct(ranges, phrase) {
      var seen = {}, n = 0;
      ranges.forEach(function (r) { if (!seen[r[2]]) { seen[r[2]] = true; n += r[3] > 1 ? phrase : 1; } });
      return n;
    }
    var best = -1, bestScore = 0;
    blocks.forEach(function (x, i) {
      var s = 3 * distinct(x.head.ranges, 5) + distinct(x.text.ranges, 5) + Math.min(x.text.ranges.length, 10) / 20;
      if (s > bestScore) { best = i; bestScore = s; }
    });
    var chosen = blocks[best >= 0 ? best : 0] || { b: ['', 0, '', ''], text: { ranges: [] } };
    var chain = [];
    if (best >= 0 && chosen.b[1] > 0) {
      chain.push(chosen.b[2]);
      for (var j = best - 1, level = chosen.b[1]; j >= 0 && level > 2; j--) {
        if (blocks[j].b[1] > 0 && blocks[j].b[1] < level) { chain.unshift(blocks[j].b[2]); level = blocks[j].b[1]; }
      }
    }
    var path = f.p.slice();
    if (chain.length) path = path.concat([f.t], chain);
    var anchor = best >= 0 ? chosen.b[0] : '';
    return {
      url: f.u, anchor: anchor, lang: lang, treeLang: hit.index.lang, title: f.t, titleMarks: title.ranges, path: path,
      snippet: snippet(chosen.b[3], chosen.text.ranges)
    };
  }

  /**
   * About 220 characters of a block around its best match (the place with the most different query words, a
   * phrase counting three): {text, ranges} with ranges relative to the text.
   */
  function snippet(text, ranges) {
    var max = 220;
    if (text.length <= max) return { text: text, ranges: ranges, before: false, after: false };
    var start = 0;
    if (ranges.length) {
      var best = ranges[0], bestScore = 0;
      ranges.forEach(function (r) {
        var seen = {}, score = 0;
        ranges.forEach(function (o) {
          if (o[0] >= r[0] && o[1] <= r[0] + max - 70 && !seen[o[2]]) { seen[o[2]] = true; score += o[3]; }
        });
        if (score > bestScore) { best = r; bestScore = score; }
      });
      start = Math.max(0, best[0] - 70);
      if (start > 0) { var sp = text.indexOf(' ', start); start = sp >= 0 && sp < best[0] ? sp + 1 : start; }
    }
    var end = Math.min(text.length, start + max);
    if (end < text.length) { var back = text.lastIndexOf(' ', end); if (back > start + max / 2) end = back; }
    var inside = ranges.filter(function (r) { return r[0] >= start && r[1] <= end; })
      .map(function (r) { return [r[0] - start, r[1] - start]; });
    return { text: text.slice(start, end), ranges: inside, before: start > 0, after: end < text.length };
  }

  var indexes = {};
  /**
   * Searches the given languages ({@code langs}: first is the reader's) under {@code root}; resolves to a Run.
   */
  function search(root, langs, text) {
    var query = parse(text);
    if (!query.terms.length) return Promise.resolve(new Run(query, [], new Map()));
    var widened = langs.length > 1;
    return Promise.all(langs.map(function (l, i) {
      var key = root + '|' + l;
      if (!indexes[key]) indexes[key] = new Index(root, l);
      return indexes[key].open().then(function (ix) { return rank(ix, query, widened); }, function (e) {
        if (i === 0) throw e;
        return { hits: [], keys: [] }; // a language without an index (an older build) is left out
      });
    })).then(function (results) {
      var ranked = [], keys = new Map();
      results.forEach(function (r) {
        ranked = ranked.concat(r.hits);
        if (r.hits.length) keys.set(r.hits[0].index, r.keys);
      });
      ranked.sort(function (a, b) { return b.score - a.score || (a.index.lang < b.index.lang ? -1 : a.index.lang > b.index.lang ? 1 : a.id - b.id); });
      return new Run(query, ranked, keys);
    });
  }

  // ---- Interface ----
  function config() {
    var f = document.querySelector('form[data-search-root]');
    if (!f) return null;
    var names = {};
    (f.getAttribute('data-search-languages') || '').split('|').forEach(function (pair) {
      var eq = pair.indexOf('=');
      if (eq > 0) names[pair.slice(0, eq)] = pair.slice(eq + 1);
    });
    function label(name) { return f.getAttribute('data-l-' + name) || ''; }
    return {
      root: f.getAttribute('data-search-root') || '',
      lang: f.getAttribute('data-search-lang') || 'en',
      names: names,
      label: label
    };
  }

  function format(s, args) {
    return s.replace(/\{(\d)\}/g, function (m, i) { return args[+i] !== undefined ? args[+i] : m; });
  }

  function countText(cfg, run) {
    var n = run.total(), q = run.query.text.trim();
    if (!run.exact()) return format(cfg.label('more'), [q, n]);
    return format(cfg.label(n === 0 ? 'none' : n === 1 ? 'one' : 'many'), [q, n]);
  }

  /** A result's link; opened from disk, with its index.html (Dossier.fileLink, theme.js). */
  function href(cfg, r) {
    return Dossier.fileLink(cfg.root + r.url + (r.anchor ? '#' + r.anchor : ''));
  }

  function marked(el, text, ranges) {
    var at = 0;
    ranges.forEach(function (r) {
      if (r[0] < at) return;
      if (r[0] > at) el.appendChild(document.createTextNode(text.slice(at, r[0])));
      var m = document.createElement('mark');
      m.textContent = text.slice(r[0], r[1]);
      el.appendChild(m);
      at = r[1];
    });
    if (at < text.length) el.appendChild(document.createTextNode(text.slice(at)));
  }

  function item(cfg, r, id, labelAll) {
    var li = document.createElement('li');
    li.className = 'search-result';
    var a = document.createElement('a');
    a.className = 'search-result-link';
    a.href = href(cfg, r);
    if (id) a.id = id;
    if (r.lang !== cfg.lang) a.hreflang = r.lang;
    var t = document.createElement('span');
    t.className = 'search-result-title';
    if (r.lang !== cfg.lang) t.lang = r.lang;
    marked(t, r.title, r.titleMarks);
    a.appendChild(t);
    li.appendChild(a);
    if (labelAll || r.lang !== cfg.lang) {
      var l = document.createElement('span');
      l.className = 'search-result-lang';
      l.lang = r.lang; // the language's name in that language ("Deutsch")
      l.textContent = cfg.names[r.lang] || r.lang;
      li.appendChild(document.createTextNode(' '));
      li.appendChild(l);
    }
    if (r.path.length) {
      var p = document.createElement('span');
      p.className = 'search-result-path';
      p.textContent = r.path.join(' › ');
      li.appendChild(p);
    }
    if (r.snippet.text) {
      var s = document.createElement('p');
      s.className = 'search-result-snippet';
      if (r.lang !== cfg.lang) s.lang = r.lang;
      if (r.snippet.before) s.appendChild(document.createTextNode('… '));
      marked(s, r.snippet.text, r.snippet.ranges);
      if (r.snippet.after) s.appendChild(document.createTextNode(' …'));
      li.appendChild(s);
    }
    return li;
  }

  /** Arrow keys: from the box to the first result, between results, back to the box. */
  function arrows(input, list, onEscape) {
    function links() { return Array.prototype.slice.call(list.querySelectorAll('a')); }
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') {
        var l = links();
        if (l.length) { e.preventDefault(); l[0].focus(); }
      } else if (e.key === 'Escape' && onEscape) onEscape();
    });
    list.addEventListener('keydown', function (e) {
      var l = links(), i = l.indexOf(document.activeElement);
      if (i < 0) return;
      if (e.key === 'ArrowDown' && i < l.length - 1) { e.preventDefault(); l[i + 1].focus(); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); (i > 0 ? l[i - 1] : input).focus(); }
      else if (e.key === 'Escape') { e.preventDefault(); input.focus(); if (onEscape) onEscape(); }
    });
  }

  function debounce(fn, ms) {
    var t;
    return function () { clearTimeout(t); t = setTimeout(fn, ms); };
  }

  /** The search box in the header: results as you type, in a panel below it. */
  function box(cfg, form) {
    var input = form.querySelector('input[type="search"]');
    var panel = document.createElement('div');
    panel.className = 'search-panel';
    panel.id = input.id + '-panel';
    panel.hidden = true;
    var status = document.createElement('p');
    status.className = 'search-status';
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    var list = document.createElement('ol');
    list.className = 'search-results';
    var more = document.createElement('a');
    more.className = 'search-all-results';
    more.textContent = cfg.label('all');
    panel.appendChild(status);
    panel.appendChild(list);
    panel.appendChild(more);
    form.appendChild(panel);
    input.setAttribute('aria-controls', panel.id);
    var seq = 0;
    function show(open) { panel.hidden = !open; }
    var update = debounce(function () {
      var q = input.value, mine = ++seq;
      if (!q.trim()) { show(false); list.textContent = ''; status.textContent = ''; return; }
      search(cfg.root, [cfg.lang], q).then(function (run) {
        return run.next(6).then(function (items) {
          if (mine !== seq) return;
          list.textContent = '';
          items.forEach(function (r, i) { list.appendChild(item(cfg, r, input.id + '-r' + i, false)); });
          status.textContent = countText(cfg, run);
          more.href = form.getAttribute('action') + '?q=' + encodeURIComponent(q);
          more.hidden = run.done();
          show(true);
        });
      }).catch(function () {
        if (mine !== seq) return;
        list.textContent = '';
        status.textContent = cfg.label('error');
        more.hidden = true;
        show(true);
      });
    }, 100);
    input.addEventListener('input', update);
    input.addEventListener('focus', function () { if (input.value.trim() && list.children.length) show(true); });
    form.addEventListener('focusout', function (e) {
      if (!e.relatedTarget || !form.contains(e.relatedTarget)) show(false);
    });
    arrows(input, panel, function () { show(false); });
    if (input.value.trim() && document.activeElement === input) update();
  }

  /** The search page: ?q=…&all=1 can be linked to; results in pages of ten. */
  function page(cfg, form) {
    var input = form.querySelector('input[type="search"]');
    var all = form.querySelector('input[name="all"]');
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    var more = document.getElementById('search-more');
    var params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';
    if (all) all.checked = params.get('all') === '1';
    var seq = 0, current = null;
    function langs() {
      if (!all || !all.checked) return [cfg.lang];
      return [cfg.lang].concat(Object.keys(cfg.names).filter(function (l) { return l !== cfg.lang; }));
    }
    function remember() {
      var p = new URLSearchParams();
      if (input.value) p.set('q', input.value);
      if (all && all.checked) p.set('all', '1');
      var s = p.toString();
      history.replaceState(null, '', location.pathname + (s ? '?' + s : '') + location.hash);
    }
    function show(run, items, append) {
      if (!append) list.textContent = '';
      var labelAll = langs().length > 1;
      var start = list.children.length;
      items.forEach(function (r, i) { list.appendChild(item(cfg, r, 'search-r' + (start + i), labelAll)); });
      status.textContent = countText(cfg, run);
      if (more) more.hidden = run.done();
    }
    function update() {
      var q = input.value, mine = ++seq;
      remember();
      if (!q.trim()) { list.textContent = ''; status.textContent = ''; if (more) more.hidden = true; return; }
      search(cfg.root, langs(), q).then(function (run) {
        return run.next(10).then(function (items) {
          if (mine !== seq) return;
          current = run;
          show(run, items, false);
        });
      }).catch(function () {
        if (mine !== seq) return;
        list.textContent = '';
        status.textContent = cfg.label('error');
      });
    }
    input.addEventListener('input', debounce(update, 100));
    if (all) all.addEventListener('change', update);
    form.addEventListener('submit', function (e) { e.preventDefault(); update(); });
    if (more) {
      more.addEventListener('click', function () {
        var run = current, mine = seq;
        if (!run) return;
        var first = list.children.length;
        run.next(10).then(function (items) {
          if (mine !== seq) return;
          show(run, items, true);
          var link = list.children[first] && list.children[first].querySelector('a');
          if (link) link.focus();
        });
      });
    }
    arrows(input, list, null);
    if (input.value.trim()) update();
  }

  function init() {
    var cfg = config();
    if (!cfg) return;
    var forms = document.querySelectorAll('form[data-search]');
    for (var i = 0; i < forms.length; i++) {
      if (forms[i].getAttribute('data-search') === 'page') page(cfg, forms[i]); else box(cfg, forms[i]);
    }
  }

  window.DossierSearch = { fold: fold, words: words, stem: stem, parse: parse, search: search };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
})();
