package org.dossier.search;

import org.dossier.output.Json;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A page ready to be merged into its language's index: its fragment (what the browser shows of it) and its terms
 * (stems) with where they occur. Made in parallel, as pages are written; the text itself is not kept.
 *
 * @param url         the page's URL relative to the site root
 * @param path        its path among its language's pages, shared by its translations
 * @param contentLang the language of its text
 * @param fallback    it shows another language's text
 * @param blocks      the size of the text under each heading, by a hash of that text: to tell whether a page shows
 *                    the same text as another
 * @param fragment    the page as the JSON body of its fragment file (address, title, section path, blocks)
 * @param terms  stem → occurrences, packed: body count in the low 16 bits, then flags {@link #TITLE},
 *               {@link #HEADING}, {@link #SPEAKER}
 * @param length the number of indexed words in the body
 */
public record IndexedPage(String url, String path, String contentLang, boolean fallback, String fragment,
                          Map<Integer, Integer> blocks, Map<String, Integer> terms, int length) {

    static final int TITLE = 1 << 16;
    static final int HEADING = 1 << 17;
    static final int SPEAKER = 1 << 18;
    static final int COUNT = 0xFFFF;

    public IndexedPage {
        blocks = Map.copyOf(blocks);
        terms = Map.copyOf(terms);
    }

    /** Folds, stems (in the language of the page's text) and counts the words of a page. */
    public static IndexedPage of(PageText text) {
        return of(text, "");
    }

    /** @param path the page's path among its language's pages ("tracks/_index.md") */
    public static IndexedPage of(PageText text, String path) {
        String lang = text.contentLang();
        Set<String> stop = StopWords.of(lang);
        Map<String, Integer> terms = new HashMap<>();
        for (String t : stems(text.title(), lang, stop)) terms.merge(t, TITLE, (a, b) -> a | b);
        Set<String> headings = new HashSet<>();
        int length = 0;
        for (PageText.Block b : text.blocks()) {
            headings.addAll(stems(b.heading(), lang, stop));
            for (String w : Text.words(b.text())) {
                if (stop.contains(w)) continue;
                length++;
                terms.merge(Stemmer.stem(lang, w), 1, (a, c) -> (a & COUNT) == COUNT ? a : a + c);
            }
        }
        for (String t : headings) terms.merge(t, HEADING, (a, b) -> a | b);
        for (String s : text.speakers()) {
            for (String t : stems(s, lang, stop)) terms.merge(t, SPEAKER, (a, b) -> a | b);
        }
        Map<Integer, Integer> blocks = new HashMap<>();
        for (PageText.Block b : text.blocks()) blocks.merge(b.text().hashCode(), b.text().length(), Integer::sum);
        return new IndexedPage(text.url(), path, text.contentLang(), text.fallback(), fragment(text), blocks, terms,
                length);
    }

    /**
     * Whether this page mostly shows the text of {@code original} (most of its text is in blocks the original has
     * word for word): a fallback, or a generated page whose text comes from pages that fell back.
     */
    public boolean copies(IndexedPage original) {
        long total = 0;
        long same = 0;
        for (Map.Entry<Integer, Integer> b : blocks.entrySet()) {
            total += b.getValue();
            if (original.blocks.containsKey(b.getKey())) same += b.getValue();
        }
        return total > 0 && same >= 0.6 * total;
    }

    /** {"u": url, "t": title, "p": [section path], "l": language, "b": [[anchor, level, heading, text], …]} */
    static String fragment(PageText t) {
        StringBuilder sb = new StringBuilder();
        sb.append("\"u\":").append(Json.str(t.url())).append(",\"t\":").append(Json.str(t.title())).append(",\"p\":");
        Json.strings(sb, t.path());
        sb.append(",\"l\":").append(Json.str(t.contentLang())).append(",\"b\":[");
        for (int i = 0; i < t.blocks().size(); i++) {
            PageText.Block b = t.blocks().get(i);
            if (i > 0) sb.append(',');
            sb.append('[').append(Json.str(b.anchor())).append(',').append(b.level()).append(',')
                    .append(Json.str(b.heading())).append(',').append(Json.str(b.text())).append(']');
        }
        return sb.append(']').toString();
    }

    private static Set<String> stems(String s, String lang, Set<String> stop) {
        Set<String> out = new HashSet<>();
        List<String> words = Text.words(s);
        for (String w : words) if (!stop.contains(w)) out.add(Stemmer.stem(lang, w));
        return out;
    }
}
