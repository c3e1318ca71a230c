package org.dossier.brief;

import org.dossier.TestSites;
import org.dossier.pipeline.BuildOptions;
import org.dossier.pipeline.Builder;
import org.dossier.content.Page;
import org.dossier.content.SiteModel;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The brief in every language: each edition complete and held to the English one page by page — the same quotes,
 * blocks, headings, list items, links, cross-references, session codes and figures, no English left in it — and
 * every page, the search page and the print edition too, leads to its four other editions.
 */
class BriefLanguagesTest {

    /** The editions translated from the English one: every language of the site but the default one. */
    static List<String> editions() {
        SiteModel model = model();
        return model.languages().stream().map(org.dossier.i18n.Language::code)
                .filter(c -> !c.equals(model.config().defaultLanguage())).toList();
    }

    static SiteModel model() {
        return Builder.load(BuildOptions.of(TestSites.project())).model();
    }

    @ParameterizedTest
    @MethodSource("editions")
    void everyPageIsTranslated(String lang) {
        SiteModel model = model();
        Set<String> en = model.pages("en").stream().map(Page::path).collect(Collectors.toCollection(TreeSet::new));
        Set<String> other = model.pages(lang).stream().map(Page::path).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(en, other);
        assertEquals(List.of(), model.pages(lang).stream().filter(Page::fallback).map(Page::path).toList(),
                lang + " pages falling back to English");
    }

    /** The pages translators write: not those made from data (cities, people) or by the theme (search, print, 404). */
    static boolean written(String path) {
        return !path.matches("en/(cities|speakers)/(.+/)?index.html|en/(search|print)/index.html|en/404.html");
    }

    /** What every page shows alike in every language. */
    static final List<String> STRUCTURE = List.of("main figure.quote", "main figcaption cite", "main .key-message",
            "main .highlight", "main .insight", "main .recommendation", "main .toolbox-block li", "main .session-inline",
            "main h2", "main h3", "main li", "main p", "main table tr", "main .placeholder-link", "main a.xref",
            "main a[href^=http]");

    /**
     * What a city's or a person's page shows alike in every language: as many mentions and quotes (a city name a
     * translation spells otherwise than its data file does would be missing), the same sections.
     */
    static final List<String> DATA_PAGE = List.of("main .mentions li", "main h2", "main blockquote");

    /** Per page: the same quotes, blocks, headings, list items, links, sessions, session codes and figures. */
    @ParameterizedTest
    @MethodSource("editions")
    void pagesHaveTheStructureAndFiguresOfTheEnglishOnes(String lang) {
        BriefSite site = BriefSite.get();
        List<String> differences = new ArrayList<>();
        for (String en : site.pages("en")) {
            String other = lang + en.substring(2);
            Document e = site.page(en);
            Document t = site.page(other);
            for (String selector : en.matches("en/(cities|speakers)/.+/index.html") ? DATA_PAGE : STRUCTURE) {
                int a = e.select(selector).size();
                int b = t.select(selector).size();
                if (a != b) differences.add(other + ": " + selector + " " + b + " ≠ " + a + " in " + en);
            }
            if (written(en)) {
                String source = e.select("main").text();
                String translation = t.select("main").text();
                if (!codes(source).equals(codes(translation))) {
                    differences.add(other + ": session and City Dive codes " + codes(translation) + " ≠ " + codes(source));
                }
                List<Double> figures = Figures.of(source, "en");
                List<Double> theirs = Figures.of(translation, lang);
                if (!figures.equals(theirs)) differences.add(other + ": figures " + theirs + " ≠ " + figures);
            }
            if (!t.select(".fallback-notice").isEmpty()) differences.add(other + " falls back to English");
            if (!lang.equals(t.selectFirst("html").attr("lang"))) differences.add(other + " is not lang=" + lang);
        }
        assertEquals(List.of(), differences);
    }

    private static final Pattern CODE = Pattern.compile("#[1-4]\\.\\d{1,2}\\b|\\bCD\\d{1,2}\\b");

    /** The session and City Dive codes a text cites ("#3.4", "CD5"), sorted. */
    static List<String> codes(String text) {
        List<String> list = new ArrayList<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) list.add(m.group());
        list.sort(null);
        return list;
    }

    /** Words that are English and no other edition's: a sentence with two of them, a fifth of its words, is English. */
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "are", "was", "were", "with",
            "that", "this", "which", "from", "have", "has", "for", "by", "be", "their", "they", "what", "how", "why",
            "where", "who", "will", "should", "would", "could", "into", "than", "been", "these", "those", "through",
            "about", "our", "we", "you", "your", "its", "it", "not");

    /** The sentences of a page's main text, outside the parts marked as another language, that read as English. */
    static List<String> englishSentences(Document page, String lang) {
        Element main = page.selectFirst("main").clone();
        main.select("[lang]:not([lang=" + lang + "]), script, style, code").remove();
        List<String> found = new ArrayList<>();
        for (String sentence : main.text().split("(?<=[.!?;:])\\s+|\\s+[—–]\\s+")) {
            String[] words = sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
            long english = Arrays.stream(words).filter(ENGLISH::contains).count();
            if (english >= 2 && english * 5 >= words.length) found.add(sentence);
        }
        return found;
    }

    @ParameterizedTest
    @MethodSource("editions")
    void noEnglishIsLeftOutsideItsMarks(String lang) {
        BriefSite site = BriefSite.get();
        List<String> english = new ArrayList<>();
        for (String path : site.pages(lang)) {
            englishSentences(site.page(path), lang).forEach(s -> english.add(path + ": " + s));
        }
        assertEquals(List.of(), english);
        // the check sees English: on an English page read as if it were this language's, most sentences are English
        assertTrue(englishSentences(site.page("en/tracks/innovative-finance/index.html"), lang).size() > 20);
    }

    /** Every page of every edition, the search page and the print edition too, leads to its four other editions. */
    @Test
    void everyPageLeadsToItsOtherEditions() {
        BriefSite site = BriefSite.get();
        List<String> wrong = new ArrayList<>();
        for (String lang : BriefSite.LANGUAGES) {
            for (String path : site.pages(lang)) {
                if (path.endsWith("404.html")) continue;
                Document page = site.page(path);
                Set<String> to = new TreeSet<>();
                for (Element a : page.select(".lang-switch a[hreflang]")) {
                    String target = URI.create("file:///" + path).resolve(a.attr("href")).getPath().substring(1);
                    Path file = site.out.resolve(target.endsWith("/") ? target + "index.html" : target);
                    if (!Files.isRegularFile(file)) wrong.add(path + ": " + a.attr("href") + " leads nowhere");
                    else if (!a.attr("hreflang").equals(TestSites.html(file).selectFirst("html").attr("lang"))) {
                        wrong.add(path + ": " + a.attr("href") + " is not in " + a.attr("hreflang"));
                    }
                    to.add(a.attr("hreflang"));
                }
                Set<String> others = new TreeSet<>(BriefSite.LANGUAGES);
                others.remove(lang);
                if (!to.equals(others)) wrong.add(path + ": the language switcher leads to " + to);
                if (page.select("link[rel=alternate][hreflang]").size() != 6) {
                    wrong.add(path + ": not the 5 hreflang alternates and x-default");
                }
            }
        }
        assertEquals(List.of(), wrong);
        String sitemap = TestSites.read(site.out.resolve("sitemap.xml"));
        for (String lang : BriefSite.LANGUAGES) {
            for (String page : List.of("search", "print")) {
                assertTrue(sitemap.contains("<loc>https://brief.example.org/" + lang + "/" + page + "/</loc>"),
                        lang + "/" + page + "/ in the sitemap");
            }
        }
    }

    /** City and country names in each language: Milano, Mailand, Múnich; "Bosnia and Herzegovina" too. */
    @Test
    void citiesAndCountriesAreNamedInTheReadersLanguage() {
        BriefSite site = BriefSite.get();
        assertEquals("Milano", site.page("it/cities/milan/index.html").selectFirst("main h1").text());
        assertEquals("Mailand", site.page("de/cities/milan/index.html").selectFirst("main h1").text());
        assertEquals("Múnich", site.page("es/cities/munich/index.html").selectFirst("main h1").text());
        assertEquals("La Haye", site.page("fr/cities/the-hague/index.html").selectFirst("main h1").text());
        Map<String, String> bosnia = Map.of("it", "Bosnia ed Erzegovina", "fr", "Bosnie-Herzégovine",
                "de", "Bosnien und Herzegowina", "es", "Bosnia y Herzegovina");
        bosnia.forEach((lang, name) -> {
            assertEquals(name, site.page(lang + "/cities/sarajevo/index.html").selectFirst(".eyebrow").text());
            assertTrue(site.page(lang + "/cities/index.html").select(".by-country dt").eachText().contains(name), lang);
        });
        // a translated name is a mention of its city wherever it is written: "La Haya" on the Spanish pages
        int english = site.page("en/cities/the-hague/index.html").select("main .mentions li").size();
        assertTrue(english > 0);
        for (String lang : editions()) {
            assertEquals(english, site.page(lang + "/cities/the-hague/index.html").select("main .mentions li").size(),
                    lang + " pages name The Hague as often as the English ones");
        }
    }

    /** People's roles are translated: no role is shown in English, marked or not, in a complete edition. */
    @ParameterizedTest
    @MethodSource("editions")
    void peoplesRolesAreTranslated(String lang) {
        BriefSite site = BriefSite.get();
        Document speakers = site.page(lang + "/speakers/index.html");
        assertEquals(List.of(), speakers.select("main [lang=en]").eachText());
        assertFalse(speakers.text().contains("Deputy Mayor of Bologna"));
        Document boni = site.page(lang + "/speakers/anna-lisa-boni/index.html");
        assertEquals(List.of(), boni.select("main dd[lang]").eachText(), "role and organisation in " + lang);
    }

    @Test
    void crossReferencesLeadToThePageInTheReadersLanguage() {
        BriefSite site = BriefSite.get();
        for (String lang : List.of("en", "it", "fr")) {
            String page = lang + "/tracks/mission-impact/index.html";
            for (org.jsoup.nodes.Element a : site.page(page).select("main a.xref")) {
                String target = java.net.URI.create("file:///" + page).resolve(a.attr("href")).getPath();
                assertTrue(target.startsWith("/" + lang + "/"), page + ": " + a + " leads to " + target);
            }
            assertEquals("4-2/", site.page(page).selectFirst("main a.xref:containsOwn(#4.2)").attr("href"));
        }
    }

    @Test
    void datesFollowTheLanguage() {
        BriefSite site = BriefSite.get();
        assertEquals("27 May 2026", site.page("en/city-dives/index.html").selectFirst("time").text());
        assertEquals("27 maggio 2026", site.page("it/city-dives/index.html").selectFirst("time").text());
        assertEquals("27. Mai 2026", site.page("de/city-dives/index.html").selectFirst("time").text());
        assertEquals("Aquisgrana, Košice, Oslo, Parigi e Stoccolma",
                site.page("it/tracks/strategic-engagement/3-4/index.html").selectFirst(".facts dd").text(),
                "list separators and city names follow the language");
    }

    @Test
    void translationStatusIsClean() {
        for (String lang : editions()) {
            TestSites.Run run = TestSites.cli("i18n", "--site", TestSites.project().toString(), "--json", "--lang", lang);
            assertEquals(0, run.code(), run.err());
            assertTrue(run.out().contains("\"translated\":57,\"fallback\":[],\"stale\":[],\"unstamped\":[],"
                    + "\"missingStrings\":[],\"unusedStrings\":[],\"dataFields\":160,\"missingData\":[],\"staleData\":[],"
                    + "\"unstampedData\":[]"), lang + ": " + run.out());
        }
    }
}
