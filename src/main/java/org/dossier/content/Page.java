package org.dossier.content;

import java.util.List;
import java.util.Map;

/**
 * One page of one language tree.
 *
 * @param lang        the language tree the page is built in
 * @param contentLang the language its text is in: differs from {@code lang} for a fallback page
 * @param path        the language-independent path of its source under content/&lt;lang&gt;/ ("tracks/_index.md");
 *                    pages are matched across languages by it
 * @param file        the source file, relative to the site folder, for messages ("content/en/tracks/_index.md")
 * @param url         the page's URL relative to the site root, ending in '/' ("en/tracks/")
 * @param params      every front matter value, built-in and custom, after inheritance of language-neutral fields
 * @param keyLines    the file line of each front matter key, for messages
 * @param body        the Markdown after the front matter
 * @param bodyLine    the file line the body starts on
 * @param parentPath  the path of the section page this page belongs to, or null for a home page
 * @param fallback    true when the language has no translation and the page shows the default language's text
 * @param sourceRevision for a translation: the current revision of its source page (see {@link Revisions});
 *                    null for pages of the default language and fallbacks
 * @param fieldLangs  for a page made from a data entry: the language of each field whose text is not in the page's
 *                    language (a translation the language's data file lacks shows the default language's text)
 * @param started     for a fallback: the language has a translation file for it, but one whose text is still its
 *                    source's (made by {@code dossier new}, not yet translated; see {@link Revisions#untranslated})
 */
public record Page(String lang, String contentLang, String path, String file, Kind kind, String url,
                   String title, String description, int weight, boolean draft, String layout,
                   List<String> aliases, Map<String, Object> params, Map<String, Integer> keyLines,
                   String body, int bodyLine, String parentPath, boolean fallback, String sourceRevision,
                   Map<String, String> fieldLangs, boolean started) {

    public enum Kind { HOME, SECTION, PAGE }

    /** A page that is not a started translation. */
    public Page(String lang, String contentLang, String path, String file, Kind kind, String url,
                String title, String description, int weight, boolean draft, String layout,
                List<String> aliases, Map<String, Object> params, Map<String, Integer> keyLines,
                String body, int bodyLine, String parentPath, boolean fallback, String sourceRevision,
                Map<String, String> fieldLangs) {
        this(lang, contentLang, path, file, kind, url, title, description, weight, draft, layout, aliases, params,
                keyLines, body, bodyLine, parentPath, fallback, sourceRevision, fieldLangs, false);
    }

    /** The same page with another body (its front matter as it is). */
    public Page withBody(String body) {
        return new Page(lang, contentLang, path, file, kind, url, title, description, weight, draft, layout, aliases,
                params, keyLines, body, bodyLine, parentPath, fallback, sourceRevision, fieldLangs, started);
    }

    /** The key identifying this page across the whole site. */
    public String key() {
        return lang + ":" + path;
    }

    /** The names the page goes by: its title and, for a city or a person, the other spellings in {@code aliases}. */
    public List<String> names() {
        List<String> names = new java.util.ArrayList<>(List.of(title));
        if (params.get("aliases") instanceof List<?> l) l.forEach(a -> names.add(String.valueOf(a)));
        return names;
    }

    /**
     * The addresses its aliases redirect from, relative to the site root like {@link #url}: "/old/" and "/old" →
     * "old/", "/old/page.html" → "old/page.html", "/old/index.html" → "old/" (the same file).
     */
    public List<String> aliasUrls() {
        return aliases.stream().map(a -> a.substring(1))
                .map(a -> a.equals("index.html") || a.endsWith("/index.html") ? a.substring(0, a.length() - 10) : a)
                .map(a -> a.isEmpty() || a.endsWith("/") || a.endsWith(".html") ? a : a + "/")
                .toList();
    }

    /** A page made from a data file entry (site.yaml data_pages), not from a content file. */
    public boolean generated() {
        return file.startsWith(ContentLoader.DATA_FILES);
    }

    /** A translation whose source changed after it was translated (per its translated_from stamp). */
    public boolean stale() {
        Object from = params.get("translated_from");
        return sourceRevision != null && from != null && !sourceRevision.equals(String.valueOf(from));
    }

    /** A translation with no translated_from stamp yet: its freshness is unknown. */
    public boolean unstamped() {
        return sourceRevision != null && !params.containsKey("translated_from");
    }

    /** The language of a field's text: {@link #contentLang} but where a data translation lacks the field. */
    public String textLang(String field) {
        return fieldLangs.getOrDefault(field, contentLang);
    }

    /** A page a theme makes in every language (the search page, the print edition), with no content file. */
    public boolean themeMade() {
        return file.startsWith("themes/");
    }

    public int line(String key) {
        return keyLines.getOrDefault(key, 1);
    }

    /** First folder of the path, "" for top-level pages: a theme may give each top section its own layouts. */
    public String topSection() {
        int slash = path.indexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
