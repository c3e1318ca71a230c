package org.dossier.content;

import org.dossier.i18n.Language;
import org.dossier.i18n.Translator;
import org.dossier.problems.Problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pages a theme makes in every language without a content file — the search page, the print edition — at
 * {@code /<lang>/<slug>/}, titled and described by UI strings, so that translators never add a file for them. A
 * content page already at such an address is an error.
 */
public final class ThemePages {

    private ThemePages() {
    }

    /**
     * One page per language built ({@code only}: one language, or all).
     *
     * @param path     the page's path among a language's pages, one no content file can have ("_search")
     * @param template the theme template that renders it ("search.ftl"); its layout is {@code slug}
     * @param what     how messages name the page ("the search page")
     */
    public static List<Page> of(SiteModel model, Optional<String> only, Problems problems, String path, String template,
                                String slug, String titleKey, String descriptionKey, String what) {
        String file = "themes/" + model.config().theme() + "/templates/" + template;
        Language def = model.defaultLanguage();
        List<Page> list = new ArrayList<>();
        for (Language l : model.languages()) {
            if (only.isPresent() && !only.get().equals(l.code())) continue;
            String url = url(l.code(), slug);
            Optional<Page> taken = model.pages(l.code()).stream()
                    .filter(p -> p.url().equals(url) || p.aliasUrls().contains(url)).findFirst();
            if (taken.isPresent()) {
                problems.error(taken.get().file(), 1, 0, "the address /" + url + " belongs to " + what,
                        "give this page another file name or 'slug'");
                continue;
            }
            Translator strings = new Translator(l, def);
            list.add(new Page(l.code(), l.code(), path, file, Page.Kind.PAGE, url, strings.t(titleKey),
                    strings.t(descriptionKey), 0, false, slug, List.of(), Map.of(), Map.of(), "", 1,
                    "_index.md", false, null));
        }
        return list;
    }

    /** The address of a theme-made page of a language: "en/search/". */
    public static String url(String lang, String slug) {
        return lang + "/" + slug + "/";
    }
}
