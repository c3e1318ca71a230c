/**
 * Full-text search without a server: reads every finished page (jsoup, after the post-process pass), folds and
 * stems its words, and writes one index per language as small script files (meta, term shards, page fragments)
 * that the theme's search.js loads on demand. Knows the model records and the staging folder; nothing of
 * templates or the pipeline. The browser side ({@code themes/default/static/js/search.js}) repeats the rules of
 * {@link org.dossier.search.Text} and {@link org.dossier.search.Stemmer}.
 */
package org.dossier.search;
