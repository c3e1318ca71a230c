package org.dossier.search;

import org.dossier.content.ThemePages;

/**
 * The search page of each language, {@code /<lang>/search/}: generated (rendered with the theme's
 * {@code search.ftl}), so that translators never need to add a file for it ({@link ThemePages#SEARCH}).
 */
public final class SearchPages {

    /** The search page's path among a language's pages; no content file can have it. */
    public static final String PATH = ThemePages.SEARCH.path();

    /** The last segment of its address: /<lang>/search/. */
    public static final String SLUG = ThemePages.SEARCH.slug();

    private SearchPages() {
    }
}
