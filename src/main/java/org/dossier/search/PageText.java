package org.dossier.search;

import java.util.List;

/**
 * What search knows of one rendered page: where it is, what it is called, and its text cut at its headings.
 *
 * @param lang        the language tree the page is in (its index)
 * @param contentLang the language of its text (differs from {@code lang} for a fallback page)
 * @param url         the page's URL relative to the site root ("en/tracks/")
 * @param title       the page's title
 * @param path        the titles of the sections above it, home left out ("Tracks Summary", "Innovative Finance")
 * @param fallback    the page shows another language's text
 * @param blocks      the text, one block per heading; the first block (anchor "") is the text before any heading
 * @param speakers    the names of the people quoted on the page
 */
public record PageText(String lang, String contentLang, String url, String title, List<String> path, boolean fallback,
                       List<Block> blocks, List<String> speakers) {

    public PageText {
        path = List.copyOf(path);
        blocks = List.copyOf(blocks);
        speakers = List.copyOf(speakers);
    }

    /**
     * A heading's part of the page.
     *
     * @param anchor  the heading's id ("" for the text before the first heading)
     * @param level   2–6 for h2–h6, 0 for the first block
     * @param heading the heading's text
     * @param text    the text under it, up to the next heading, whitespace collapsed
     */
    public record Block(String anchor, int level, String heading, String text) {
    }
}
