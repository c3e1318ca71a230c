package org.dossier.pipeline;

import org.dossier.TestSites;
import org.dossier.output.HostFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a static host needs from a build: 404 pages per language, _headers, _redirects, and --local links. */
class HostingTest {

    @TempDir
    Path tmp;

    private Path build(BuildOptions options) {
        BuildResult r = Builder.build(options);
        assertTrue(r.ok(), () -> r.problems().toString());
        return options.out();
    }

    @Test
    void everyLanguageHasA404PageWhoseLinksWorkAtAnyAddress() {
        Path site = TestSites.multilingual(tmp);
        Path out = build(BuildOptions.of(site).withBaseUrl("https://example.org/brief/"));
        Document it = Jsoup.parse(TestSites.read(out.resolve("it/404.html")));
        assertEquals("it", it.selectFirst("html").attr("lang"));
        assertEquals("Pagina non trovata", it.selectFirst("h1").text());
        assertEquals("/brief/it/search/", it.selectFirst("form[data-not-found]").attr("action"));
        assertEquals("/brief/", it.selectFirst("form[data-not-found]").attr("data-not-found"));
        List<String> sections = it.select(".not-found-sections a").eachAttr("href");
        assertEquals(List.of("/brief/it/", "/brief/it/guida/"), sections);
        for (Element e : it.select("a[href], link[href], script[src], form[action]")) {
            String url = e.hasAttr("href") ? e.attr("href") : e.hasAttr("src") ? e.attr("src") : e.attr("action");
            assertTrue(url.startsWith("/brief/") || url.startsWith("#") || url.startsWith("https://"),
                    "a 404 page's links start at the base path: " + url);
        }
        assertTrue(it.select(".not-found-languages").isEmpty(), "a language's 404 stays in its language");

        Document root = Jsoup.parse(TestSites.read(out.resolve("404.html")));
        assertEquals("en", root.selectFirst("html").attr("lang"));
        assertEquals(List.of("/brief/en/", "/brief/it/"), root.select(".not-found-languages a").eachAttr("href"));
        assertTrue(Files.isRegularFile(out.resolve("en/404.html")));
    }

    @Test
    void hostFilesFollowTheBasePathAndTheFingerprintedAssets() throws Exception {
        Path site = TestSites.multilingual(tmp);
        Path out = build(BuildOptions.of(site).withBaseUrl("https://example.org/brief/"));
        String headers = TestSites.read(out.resolve("_headers"));
        assertTrue(headers.startsWith("/brief/*\n  Content-Security-Policy: " + HostFiles.CSP + "\n"), headers);
        List<String> assets;
        try (var s = Files.walk(out.resolve("css"))) {
            assets = s.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()).toList();
        }
        assertFalse(assets.isEmpty());
        for (String css : assets) {
            assertTrue(css.matches("css/[a-z-]+\\.[0-9a-f]{8}\\.css"), css);
            assertTrue(headers.contains("/brief/" + css + "\n  Cache-Control: public, max-age=31536000, immutable\n"), css);
        }
        assertEquals("/brief/en/*  /brief/en/404.html  404\n/brief/it/*  /brief/it/404.html  404\n"
                + "/brief/*  /brief/404.html  404\n", TestSites.read(out.resolve("_redirects")));
        String page = TestSites.read(out.resolve("it/index.html"));
        assertTrue(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"" + HostFiles.CSP_META + "\">"));
    }

    @Test
    void aLocalBuildLinksEveryPageByItsIndexHtml() throws Exception {
        Path site = TestSites.multilingual(tmp);
        Path out = build(BuildOptions.of(site).withOut(tmp.resolve("local")).withLocal(true));
        int links = 0;
        List<Path> pages;
        try (var s = Files.walk(out)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).toList();
        }
        for (Path p : pages) {
            Document doc = Jsoup.parse(TestSites.read(p));
            for (Element a : doc.select("a[href], form[action]")) {
                String url = a.hasAttr("href") ? a.attr("href") : a.attr("action");
                if (url.matches("^[a-z]+:.*") || url.startsWith("#")) continue;
                links++;
                String path = url.replaceAll("[?#].*", "");
                assertFalse(path.endsWith("/") || path.isEmpty(), out.relativize(p) + " links to a folder: " + url);
            }
        }
        assertTrue(links > 50, "links checked: " + links);
        Document chooser = Jsoup.parse(TestSites.read(out.resolve("index.html")));
        assertEquals(List.of("en/index.html", "it/index.html"), chooser.select(".languages a").eachAttr("href"));
        Document intro = Jsoup.parse(TestSites.read(out.resolve("en/guide/intro/index.html")));
        assertEquals("../../search/index.html", intro.selectFirst("form[data-search]").attr("action"));
    }
}
