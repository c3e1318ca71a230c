package org.dossier.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The site's settings, from {@code content/site.yaml}.
 *
 * @param root            the site folder (holding content/, themes/, i18n/)
 * @param baseUrl         absolute URL the site is published at, always ending in '/'
 * @param languages       languages to build, in order; empty means every locale file in i18n/
 * @param fields          custom front matter keys: the theme's (theme.yaml) and those the site adds (site.yaml)
 * @param params          free values for templates ({@code site.params.x})
 * @param references      the kinds of cross-reference the text uses, turned into links
 * @param dataPages       sections whose pages are made from the entries of a data file (a page per city)
 * @param printSections   the top-level sections the print edition holds ({@code print: sections:}); empty: every one
 *                        but the sections made from data files
 * @param printEdition    false when site.yaml says {@code print: false}: no print edition (a very large site)
 * @param themeSchema     the front matter the theme declares (its theme.yaml): what each layout needs
 */
public record SiteConfig(Path root, String title, String description, String baseUrl, String defaultLanguage,
                         String theme, List<String> languages, Map<String, FieldSpec> fields,
                         Map<String, Object> params, List<RefKind> references, List<DataPages> dataPages,
                         List<String> printSections, boolean printEdition, ThemeSchema themeSchema) {

    /**
     * A page for every entry of data file {@code data}, at {@code <section>/<slug of the entry's key field>/};
     * {@code translate}: the fields whose text a language translates in {@code content/<lang>/_data/<data>.yaml}.
     */
    public record DataPages(String section, String data, String key, List<String> translate) {
        public DataPages {
            translate = List.copyOf(translate);
        }
    }

    /** Settings with a theme that declares no front matter (no theme.yaml). */
    public SiteConfig(Path root, String title, String description, String baseUrl, String defaultLanguage,
                      String theme, List<String> languages, Map<String, FieldSpec> fields,
                      Map<String, Object> params, List<RefKind> references, List<DataPages> dataPages,
                      List<String> printSections, boolean printEdition) {
        this(root, title, description, baseUrl, defaultLanguage, theme, languages, fields, params, references,
                dataPages, printSections, printEdition, ThemeSchema.none(theme));
    }

    public static final String FILE = "content/site.yaml";

    /** The scheme and host of a URL: what the base URL's path follows. */
    private static final Pattern ORIGIN = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*");

    public Path contentDir() {
        return root.resolve("content");
    }

    public Path dataDir() {
        return contentDir().resolve("_data");
    }

    public Path themeDir() {
        return root.resolve("themes").resolve(theme);
    }

    /** Site-level overrides of theme templates and static files: same layout as a theme. */
    public Path overrideDir() {
        return contentDir().resolve("_theme");
    }

    public Path i18nDir() {
        return root.resolve("i18n");
    }

    /** The path part of the base URL: "/" at a domain root, "/brief/" under a sub-path. */
    public String basePath() {
        int host = baseUrl.startsWith("https://") ? 8 : baseUrl.startsWith("http://") ? 7 : -1; // asked for every link
        String rest;
        if (host < 0) {
            rest = ORIGIN.matcher(baseUrl).replaceFirst("");
        } else {
            int slash = baseUrl.indexOf('/', host);
            rest = slash < 0 ? "" : baseUrl.substring(slash);
        }
        return rest.isEmpty() ? "/" : rest;
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(root, title, description, normaliseBaseUrl(url), defaultLanguage, theme, languages,
                fields, params, references, dataPages, printSections, printEdition, themeSchema);
    }

    public static String normaliseBaseUrl(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
