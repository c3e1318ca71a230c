package org.dossier.search;

import org.dossier.content.Page;
import org.dossier.content.SiteModel;
import org.dossier.content.ThemePages;
import org.dossier.problems.Problems;

import java.util.List;
import java.util.Optional;

/**
 * The search page of each language, {@code /<lang>/search/}: generated (rendered with the theme's
 * {@code search.ftl}), so that translators never need to add a file for it.
 */
public final class SearchPages {

    /** The search page's path among a language's pages; no content file can have it. */
    public static final String PATH = "_search";

    /** The last segment of its address: /<lang>/search/. */
    public static final String SLUG = "search";

    private SearchPages() {
    }

    /**
     * The search pages of the languages built ({@code only}: one language, or all). A content page already at a
     * search page's address is an error.
     */
    public static List<Page> of(SiteModel model, Optional<String> only, Problems problems) {
        return ThemePages.of(model, only, problems, PATH, "search.ftl", SLUG, "search", "search_hint", "the search page");
    }
}
