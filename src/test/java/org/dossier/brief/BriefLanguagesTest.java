package org.dossier.brief;

import org.dossier.TestSites;
import org.dossier.pipeline.BuildOptions;
import org.dossier.pipeline.Builder;
import org.dossier.content.Page;
import org.dossier.content.SiteModel;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The brief in every language: Italian complete and structurally the same as English; fr, de, es fall back. */
class BriefLanguagesTest {

    static SiteModel model() {
        return Builder.load(BuildOptions.of(TestSites.project())).model();
    }

    @Test
    void italianHasEveryPageTranslated() {
        SiteModel model = model();
        Set<String> en = model.pages("en").stream().map(Page::path).collect(Collectors.toCollection(TreeSet::new));
        Set<String> it = model.pages("it").stream().map(Page::path).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(en, it);
        assertEquals(List.of(), model.pages("it").stream().filter(Page::fallback).map(Page::path).toList(),
                "Italian pages falling back to English");
    }

    /** Per page: the same quotes, blocks, headings, list items and sessions in both languages. */
    @Test
    void italianPagesHaveTheStructureOfTheEnglishOnes() {
        BriefSite site = BriefSite.get();
        List<String> differences = new ArrayList<>();
        for (String en : site.pages("en")) {
            String it = italianPath(en);
            Document e = site.page(en);
            Document i = site.page(it);
            for (String selector : List.of("main figure.quote", "main figcaption cite", "main .key-message",
                    "main .highlight", "main .insight", "main .recommendation", "main .toolbox-block li",
                    "main .session-inline", "main h2", "main h3", "main li", "main .placeholder-link", "main a.xref")) {
                int a = e.select(selector).size();
                int b = i.select(selector).size();
                if (a != b) differences.add(it + ": " + selector + " " + b + " ≠ " + a + " in " + en);
            }
            if (!i.select(".fallback-notice").isEmpty()) differences.add(it + " falls back to English");
            if (!"it".equals(i.selectFirst("html").attr("lang"))) differences.add(it + " is not lang=it");
        }
        assertEquals(List.of(), differences);
    }

    /** Italian URLs are the English ones with the language swapped (no translated slugs in the brief). */
    private static String italianPath(String en) {
        return "it" + en.substring(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "de", "es"})
    void otherLanguagesHaveTranslatedUiAndVisibleFallbacks(String lang) {
        BriefSite site = BriefSite.get();
        assertEquals(site.pages("en").size(), site.pages(lang).size());
        Document track = site.page(lang + "/tracks/innovative-finance/index.html");
        assertEquals(lang, track.selectFirst("html").attr("lang"));
        assertFalse(track.select(".fallback-notice").isEmpty());
        // the English text is marked en, the theme's words around it stay in the page's language (LanguageOfPartsTest)
        assertEquals("en", track.selectFirst("main h1").attr("lang"));
        assertEquals("en", track.selectFirst("main .body > p").attr("lang"));
        assertEquals(lang, track.selectFirst("#toc-title").closest("[lang]").attr("lang"));
        String skip = track.selectFirst(".skip-link").text();
        assertFalse(skip.equals("Skip to content"), lang + " has its own UI strings");
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
        assertEquals("Aachen, Košice, Oslo, Paris e Stockholm",
                site.page("it/tracks/strategic-engagement/3-4/index.html").selectFirst(".facts dd").text(),
                "list separators follow the language");
    }

    @Test
    void translationStatusIsClean() {
        TestSites.Run run = TestSites.cli("i18n", "--site", TestSites.project().toString(), "--json", "--lang", "it");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("\"translated\":57,\"fallback\":[],\"stale\":[],\"unstamped\":[],\"missingStrings\":[],"
                + "\"unusedStrings\":[]"), run.out());
        for (String lang : List.of("fr", "de", "es")) {
            String out = TestSites.cli("i18n", "--site", TestSites.project().toString(), "--json", "--lang", lang).out();
            assertTrue(out.contains("\"missingStrings\":[],\"unusedStrings\":[]"), out);
        }
    }
}
