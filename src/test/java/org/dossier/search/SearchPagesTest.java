package org.dossier.search;

import org.dossier.TestSites;
import org.dossier.pipeline.BuildResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search page and index of each language, on the two-language fixture with the default theme. */
class SearchPagesTest {

    @TempDir
    Path tmp;

    Path site() {
        Path site = TestSites.multilingual(tmp);
        return site;
    }

    @Test
    void everyLanguageGetsASearchPageAndAnIndex() {
        Path site = site();
        Path out = tmp.resolve("out");
        BuildResult r = TestSites.build(site, out);
        assertTrue(r.ok(), r.problems().toString());
        assertTrue(r.summary().contains("(en 4, it 4)"), "the search pages are not counted as content: " + r.summary());
        Document it = Jsoup.parse(TestSites.read(out.resolve("it/search/index.html")));
        assertEquals("Cerca", it.selectFirst("h1").text());
        assertEquals("it", it.selectFirst("html").attr("lang"));
        assertEquals("../../", it.selectFirst("form[data-search-root]").attr("data-search-root"));
        assertFalse(it.select("noscript").isEmpty());
        assertTrue(Files.exists(out.resolve("en/search/data/meta.js")));
        assertTrue(Files.exists(out.resolve("it/search/data/t/0.js")));
        assertTrue(TestSites.read(out.resolve("it/search/data/meta.js")).contains("\"stem\":[\"it\",\"en\"]"),
                "the Italian tree holds an English fallback page, searched with both stemmers");
        Document page = Jsoup.parse(TestSites.read(out.resolve("en/guide/intro/index.html")));
        assertEquals("../../search/", page.selectFirst("form.search-box").attr("action"));
        assertTrue(page.select("script[src*=search-boot]").size() == 1);
        assertTrue(page.select("script[src~=/search\\.[0-9a-f]{8}\\.js]").isEmpty(), "search.js waits until it is used");
    }

    @Test
    void aContentPageAtTheSearchPagesAddressIsAnError() {
        Path site = site();
        TestSites.write(site.resolve("content/en/search.md"), "---\ntitle: Search\ndescription: d\n---\nx\n");
        TestSites.Run run = TestSites.cli("build", "--site", site.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("content/en/search.md:1: error: the address /en/search/ belongs to the search page"
                + " — give this page another file name or 'slug'"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void anAliasAtTheSearchPagesAddressIsAnErrorWithOrWithoutItsSlash() {
        Path site = site();
        TestSites.write(site.resolve("content/en/finder.md"),
                "---\ntitle: Finder\ndescription: d\naliases: [/en/search]\n---\nx\n");
        TestSites.Run run = TestSites.cli("build", "--site", site.toString());
        assertEquals(1, run.code(), "its redirect page would replace the search page");
        assertTrue(run.err().contains("content/en/finder.md:1: error: the address /en/search/ belongs to the search page"),
                run.err());
    }

    @Test
    void aThemeWithoutSearchTemplateGetsNoIndex() {
        Path out = tmp.resolve("plain");
        assertTrue(TestSites.build(TestSites.fixture("basic"), out).ok());
        assertFalse(Files.exists(out.resolve("en/search")));
    }
}
