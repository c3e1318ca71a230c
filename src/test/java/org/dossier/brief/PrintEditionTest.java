package org.dossier.brief;

import org.dossier.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The print edition {@code /<lang>/print/}: the whole brief on one page. It holds every sentence of the source, has
 * one outline (one h1, no level skipped, unique ids), prints no page twice (sessions are on their track's page and
 * their own), keeps its links on the page, and is left out of search.
 */
class PrintEditionTest {

    /** The sections site.yaml prints; the others (cities, speakers) and search are not in the print edition. */
    static final List<String> PRINTED = List.of("editorial", "plenaries", "tracks", "city-dives", "acknowledgements");
    static final String BASE_URL = "https://brief.example.org/";

    @Test
    void theEnglishPrintEditionHoldsTheWholeBrief() {
        BriefSite site = BriefSite.get();
        assertTrue(site.result.ok(), () -> site.result.problems().toString());
        String text = BriefSite.normalise(print(site, "en").selectFirst("main").text());
        List<String> missing = new ArrayList<>();
        List<String> fragments = SourceCoverageTest.fragments(BriefSite.source());
        for (String fragment : fragments) if (!text.contains(fragment)) missing.add(fragment);
        assertTrue(fragments.size() > 1000, "the source was read: " + fragments.size() + " fragments");
        assertEquals(List.of(), missing, missing.size() + " of " + fragments.size()
                + " source fragments are not in the print edition");
    }

    @Test
    void everyLanguageHasOneOutlineWithUniqueIds() {
        BriefSite site = BriefSite.get();
        List<String> problems = new ArrayList<>();
        for (String lang : BriefSite.LANGUAGES) {
            Document doc = print(site, lang);
            if (doc.select("h1").size() != 1) problems.add(lang + ": " + doc.select("h1").size() + " h1");
            Set<String> ids = new HashSet<>();
            for (Element e : doc.select("[id]")) if (!ids.add(e.id())) problems.add(lang + ": duplicate id " + e.id());
            int previous = 0;
            for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
                int level = h.normalName().charAt(1) - '0';
                if (level > previous + 1) problems.add(lang + ": h" + level + " \"" + h.text() + "\" after an h" + previous);
                previous = level;
            }
            for (Element e : doc.select("[aria-labelledby], label[for]")) {
                for (String ref : e.attr(e.hasAttr("for") ? "for" : "aria-labelledby").split("\\s+")) {
                    if (!ids.contains(ref)) problems.add(lang + ": " + e.tagName() + " refers to a missing id " + ref);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyPrintedPageIsOnThePrintPageOnceInEveryLanguage() {
        BriefSite site = BriefSite.get();
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (String lang : BriefSite.LANGUAGES) {
            Document doc = print(site, lang);
            List<String> headings = doc.select("main h2, main h3, main h4, main h5, main h6").eachText().stream()
                    .map(BriefSite::normalise).toList();
            String text = " " + BriefSite.normalise(doc.selectFirst("main").text()) + " ";
            for (String path : printedPages(site, lang)) {
                pages++;
                Document page = site.page(path);
                String h1 = BriefSite.normalise(page.selectFirst("h1").text());
                if (!headings.contains(h1)) problems.add(lang + ": the heading of " + path + " (" + h1 + ") is missing");
                // the page's longest paragraph is printed exactly once: no page (a session) is printed twice
                Element main = page.selectFirst("main");
                main.select("nav, [data-print-ignore], .notice").remove();
                String longest = main.select("p").eachText().stream().map(BriefSite::normalise)
                        .max(java.util.Comparator.comparingInt(String::length)).orElse("");
                if (longest.length() < 40) continue;
                int times = count(text, " " + longest + " ");
                if (times != 1) problems.add(lang + ": " + path + "'s text is printed " + times + " times: " + longest);
            }
        }
        assertTrue(pages > 5 * 50, "pages checked: " + pages);
        assertEquals(List.of(), problems);
    }

    @Test
    void linksStayOnThePrintPageOrLeadToTheSite() {
        BriefSite site = BriefSite.get();
        List<String> problems = new ArrayList<>();
        for (String lang : BriefSite.LANGUAGES) {
            Document doc = print(site, lang);
            Set<String> printed = new HashSet<>();
            for (String path : printedPages(site, lang)) printed.add(path.replaceFirst("index\\.html$", ""));
            Set<String> ids = new HashSet<>(doc.select("[id]").eachAttr("id"));
            int inPage = 0;
            for (Element a : doc.select("main a[href]")) {
                String href = a.attr("href");
                if (href.startsWith("#")) {
                    inPage++;
                    if (!ids.contains(href.substring(1))) problems.add(lang + ": " + href + " leads nowhere");
                    continue;
                }
                String target = href.startsWith(BASE_URL) ? href.substring(BASE_URL.length())
                        : href.matches("^[a-z]+:.*") ? null
                        : URI.create("http://x/" + lang + "/print/").resolve(href).getPath().substring(1);
                if (target == null) continue;
                target = target.replaceFirst("#.*", "");
                if (printed.contains(target)) problems.add(lang + ": \"" + a.text() + "\" leaves the page for " + href);
                if (href.startsWith(BASE_URL) && !a.hasAttr("data-site-link")) {
                    problems.add(lang + ": the link to the site " + href + " is not marked data-site-link");
                }
            }
            if (inPage < 200) problems.add(lang + ": only " + inPage + " in-page links");
        }
        assertEquals(List.of(), problems);
    }

    /** The brief without its French pages: the whole French edition falls back to English. */
    @Test
    void fallbackPagesKeepTheLanguageOfTheirText(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Path copy = tmp.resolve("brief");
        for (String dir : List.of("content", "themes", "i18n")) TestSites.copyTree(TestSites.project().resolve(dir), copy.resolve(dir));
        try (Stream<Path> pages = Files.walk(copy.resolve("content/fr"))) {
            for (Path p : pages.filter(f -> f.toString().endsWith(".md")).toList()) Files.delete(p);
        }
        org.dossier.pipeline.BuildResult built = org.dossier.pipeline.Builder.build(
                org.dossier.pipeline.BuildOptions.of(copy).withOut(tmp.resolve("out")).withLang("fr"));
        assertTrue(built.ok(), () -> built.problems().toString());
        Document fr = TestSites.html(tmp.resolve("out/fr/print/index.html"));
        assertEquals("fr", fr.selectFirst("html").attr("lang"));
        List<String> problems = new ArrayList<>();
        for (Element section : fr.select("section.print-page")) {
            Element heading = section.selectFirst("h2, h3");
            Element wrapper = heading.closest("[lang]");
            if (!"en".equals(wrapper.attr("lang"))) problems.add(section.id() + " is marked " + wrapper.attr("lang"));
        }
        assertTrue(fr.select("section.print-page").size() > 20);
        assertEquals(fr.select(".print-part").size(), fr.select(".print-part > section:first-child > .notice").size(),
                "the fallback notice starts each part, once");
        assertEquals(fr.select(".print-part").size(), fr.select("main .notice").size());
        assertEquals(List.of(), problems);
        for (Element a : fr.select(".print-toc a")) assertEquals("en", a.attr("lang"), a.outerHtml());
    }

    @Test
    void thePrintEditionIsLinkedFromEveryPageAndNotSearchable() throws IOException {
        BriefSite site = BriefSite.get();
        for (String lang : BriefSite.LANGUAGES) {
            for (String path : List.of(lang + "/index.html", lang + "/editorial/index.html")) {
                Element link = site.page(path).selectFirst("footer a[href$=print/]");
                assertTrue(link != null && !link.text().isBlank(), path + " links to the print edition");
            }
            assertTrue(print(site, lang).selectFirst("main").hasAttr("data-search-ignore"));
            try (Stream<Path> files = Files.walk(site.out.resolve(lang + "/search/data"))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    assertFalse(TestSites.read(f).contains("print/"), f + " indexes the print edition");
                }
            }
        }
        assertTrue(TestSites.read(site.out.resolve("sitemap.xml")).contains("/print/</loc>"), "in the sitemap, as a page");
    }

    private static Document print(BriefSite site, String lang) {
        Path file = site.out.resolve(lang + "/print/index.html");
        assertTrue(Files.isRegularFile(file), "the print edition of " + lang + " is built");
        return site.page(lang + "/print/index.html");
    }

    /** The pages of the printed sections, as output paths ("en/tracks/innovative-finance/1-1/index.html"). */
    private static List<String> printedPages(BriefSite site, String lang) {
        return site.pages(lang).stream()
                .filter(p -> PRINTED.stream().anyMatch(s -> p.startsWith(lang + "/" + s + "/"))).toList();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
        return n;
    }
}
