package org.dossier.content;

import org.dossier.config.SiteConfig;
import org.dossier.i18n.Language;
import org.dossier.i18n.Translator;
import org.dossier.problems.Problems;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pages a theme makes in every language without a content file — the search page, the print edition — at
 * {@code /<lang>/<slug>/}, titled and described by UI strings, so that translators never add a file for them. They
 * are pages of the site like the others (translations of each other, in the sitemap, with a language switcher), but
 * no section lists them. A content page already at such an address is an error.
 */
public final class ThemePages {

    /**
     * A kind of theme-made page.
     *
     * @param path     its path among a language's pages, one no content file can have ("_search")
     * @param template the theme template that renders it ("search.ftl"); the page's layout is {@code slug}
     * @param what     how messages name it ("the search page")
     */
    public record Kind(String path, String template, String slug, String titleKey, String descriptionKey, String what) {
    }

    /** The search page of each language, /<lang>/search/, when the theme has search.ftl. */
    public static final Kind SEARCH = new Kind("_search", "search.ftl", "search", "search", "search_hint", "the search page");

    /**
     * The print edition of each language, /<lang>/print/, when the theme has print.ftl and site.yaml does not say
     * {@code print: false}; its content is assembled from the finished pages.
     */
    public static final Kind PRINT = new Kind("_print", "print.ftl", "print", "print_title", "print_description",
            "the print edition");

    private ThemePages() {
    }

    /** The theme-made pages of every language, given the content pages (to find one already at their address). */
    static List<Page> of(SiteConfig config, List<Language> languages, List<Page> pages, Problems problems) {
        List<Page> list = new ArrayList<>();
        Language def = languages.stream().filter(l -> l.code().equals(config.defaultLanguage())).findFirst()
                .orElse(languages.get(0));
        for (Kind kind : List.of(SEARCH, PRINT)) {
            if (!offered(config, kind)) continue;
            String file = "themes/" + config.theme() + "/templates/" + kind.template();
            for (Language l : languages) {
                String url = url(l.code(), kind.slug());
                var taken = pages.stream().filter(p -> p.lang().equals(l.code()))
                        .filter(p -> p.url().equals(url) || p.aliasUrls().contains(url)).findFirst();
                if (taken.isPresent()) {
                    problems.error(taken.get().file(), 1, 0, "the address /" + url + " belongs to " + kind.what(),
                            "give this page another file name or 'slug'");
                    continue;
                }
                Translator strings = new Translator(l, def);
                list.add(new Page(l.code(), l.code(), kind.path(), file, Page.Kind.PAGE, url, strings.t(kind.titleKey()),
                        strings.t(kind.descriptionKey()), 0, false, kind.slug(), List.of(), Map.of(), Map.of(), "", 1,
                        "_index.md", false, null, Map.of()));
            }
        }
        return list;
    }

    /** Whether the theme (or the site's overrides) offers this kind of page. */
    private static boolean offered(SiteConfig config, Kind kind) {
        if (kind == PRINT && !config.printEdition()) return false;
        return Files.isRegularFile(config.overrideDir().resolve("templates").resolve(kind.template()))
                || Files.isRegularFile(config.themeDir().resolve("templates").resolve(kind.template()));
    }

    /** The address of a theme-made page of a language: "en/search/". */
    public static String url(String lang, String slug) {
        return lang + "/" + slug + "/";
    }
}
