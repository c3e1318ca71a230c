package org.dossier.search;

import org.dossier.content.Page;
import org.dossier.content.SiteModel;
import org.dossier.i18n.Language;
import org.dossier.problems.Problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The search page of each language, {@code /<lang>/search/}: generated (rendered with the theme's
 * {@code search.ftl}), so that translators never need to add a file for it.
 */
public final class SearchPages {

    /** The search page's path among a language's pages; no content file can have it. */
    public static final String PATH = "_search";

    private SearchPages() {
    }

    public static String url(String lang) {
        return lang + "/search/";
    }

    /**
     * The search pages of the languages built ({@code only}: one language, or all). A content page already at a
     * search page's address is an error.
     */
    public static List<Page> of(SiteModel model, Optional<String> only, Problems problems) {
        String template = "themes/" + model.config().theme() + "/templates/search.ftl";
        List<Page> list = new ArrayList<>();
        for (Language l : model.languages()) {
            if (only.isPresent() && !only.get().equals(l.code())) continue;
            String url = url(l.code());
            Optional<Page> taken = model.pages(l.code()).stream()
                    .filter(p -> p.url().equals(url) || p.aliases().contains("/" + url)).findFirst();
            if (taken.isPresent()) {
                problems.error(taken.get().file(), 1, 0, "the address /" + url + " belongs to the search page",
                        "give this page another file name or 'slug'");
                continue;
            }
            String title = string(model, l, "search");
            list.add(new Page(l.code(), l.code(), PATH, template, Page.Kind.PAGE, url, title,
                    string(model, l, "search_hint"), 0, false, "search", List.of(), Map.of(), Map.of(), "", 1,
                    "_index.md", false, null));
        }
        return list;
    }

    private static String string(SiteModel model, Language l, String key) {
        String s = l.strings().get(key);
        if (s == null) s = model.defaultLanguage().strings().get(key);
        return s == null ? key : s;
    }
}
