package org.dossier.content;

import org.dossier.config.SiteConfig;
import org.dossier.i18n.Language;
import org.dossier.problems.Problems;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole site as immutable values: its settings, languages, data files and pages, with the lookups templates
 * need (children, parent, siblings, translations). Built once per build; never changed afterwards.
 */
public final class SiteModel {

    /** Order of pages among siblings: weighted pages first by weight, then the rest; ties by title, then path. */
    public static final Comparator<Page> ORDER = Comparator
            .comparingInt((Page p) -> p.weight() > 0 ? p.weight() : Integer.MAX_VALUE)
            .thenComparing(Page::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Page::path);

    private final SiteConfig config;
    private final List<Language> languages;
    private final List<Page> pages;
    private final Map<String, Object> data;
    private final DataTranslations dataTranslations;
    private final Map<String, Page> byKey = new HashMap<>();
    private final Map<String, List<Page>> children = new HashMap<>();
    private final Map<String, List<Page>> byLang = new HashMap<>();
    private final Map<String, List<Page>> byPath = new LinkedHashMap<>();

    SiteModel(SiteConfig config, List<Language> languages, List<Page> pages, Map<String, Object> data,
              DataTranslations dataTranslations, Problems problems) {
        this.config = config;
        this.languages = languages;
        this.pages = List.copyOf(pages);
        this.data = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(data)); // in file order, every run
        this.dataTranslations = dataTranslations;
        Map<String, String> urls = new HashMap<>();
        for (Page p : pages) {
            byKey.put(p.key(), p);
            byPath.computeIfAbsent(p.path(), k -> new ArrayList<>()).add(p);
            byLang.computeIfAbsent(p.lang(), k -> new ArrayList<>()).add(p);
            if (p.parentPath() != null && !p.themeMade()) { // no section lists the search page or the print edition
                children.computeIfAbsent(p.lang() + ":" + p.parentPath(), k -> new ArrayList<>()).add(p);
            }
            claim(urls, p.url(), p, "the page", problems);
            for (String alias : p.aliasUrls()) claim(urls, alias, p, "the alias", problems);
        }
        children.replaceAll((k, l) -> {
            l.sort(ORDER);
            return List.copyOf(l);
        });
        byLang.replaceAll((k, l) -> List.copyOf(l));
    }

    /**
     * The same site with some of its pages replaced by others of the same key ({@link Page#withBody}: a preview of
     * edited text). Addresses are as they were, so they are not checked again.
     */
    public SiteModel with(List<Page> replaced) {
        Map<String, Page> byKey = new HashMap<>();
        for (Page p : replaced) byKey.put(p.key(), p);
        List<Page> all = pages.stream().map(p -> byKey.getOrDefault(p.key(), p)).toList();
        return new SiteModel(config, languages, all, data, dataTranslations, new Problems());
    }

    private static void claim(Map<String, String> urls, String url, Page p, String what, Problems problems) {
        String mine = p.fallback() ? null : p.file();
        String other = urls.putIfAbsent(url, p.file());
        if (other != null && mine != null && !other.equals(mine)) {
            problems.error(p.file(), p.line(what.equals("the alias") ? "aliases" : "slug"), 1,
                    what + " /" + url + " is also the address of " + other,
                    "give one of the two pages another file name or 'slug'");
        }
    }

    public SiteConfig config() {
        return config;
    }

    public List<Language> languages() {
        return languages;
    }

    public Language defaultLanguage() {
        return language(config.defaultLanguage()).orElse(languages.get(0));
    }

    public Optional<Language> language(String code) {
        return languages.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    public List<Page> pages() {
        return pages;
    }

    public List<Page> pages(String lang) {
        return byLang.getOrDefault(lang, List.of());
    }

    /** The data files, as the default language's files give them. */
    public Map<String, Object> data() {
        return data;
    }

    /** The languages' translations of the data files whose entries make pages. */
    public DataTranslations dataTranslations() {
        return dataTranslations;
    }

    public Optional<Page> page(String lang, String path) {
        return Optional.ofNullable(byKey.get(lang + ":" + path));
    }

    public Optional<Page> parent(Page p) {
        return p.parentPath() == null ? Optional.empty() : page(p.lang(), p.parentPath());
    }

    public List<Page> children(Page p) {
        return children.getOrDefault(p.key(), List.of());
    }

    public List<Page> siblings(Page p) {
        return parent(p).map(this::children).orElse(List.of(p));
    }

    /** Every language version of the page, in language order, including itself. */
    public List<Page> translations(Page p) {
        List<Page> all = byPath.getOrDefault(p.path(), List.of());
        List<Page> ordered = new ArrayList<>();
        for (Language l : languages) {
            all.stream().filter(x -> x.lang().equals(l.code())).findFirst().ifPresent(ordered::add);
        }
        return ordered;
    }

    /** The ancestors from the home page down to the parent. */
    public List<Page> ancestors(Page p) {
        List<Page> list = new ArrayList<>();
        for (Optional<Page> a = parent(p); a.isPresent(); a = parent(a.get())) list.add(0, a.get());
        return list;
    }
}
