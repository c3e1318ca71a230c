package org.dossier.browser;

import org.dossier.TestSites;
import org.dossier.pipeline.BuildOptions;
import org.dossier.pipeline.BuildResult;
import org.dossier.pipeline.Builder;
import org.dossier.serve.DevServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One build of the brief, hosted three ways — at a domain root, under a sub-path, opened from disk (file://) — read
 * by a browser whose reader prefers Italian: the language chooser, the stylesheet and scripts, and the links a
 * reader follows (main navigation, a track, the language switcher, a search result) all land on real pages, never on
 * a folder listing. Then the --local build from disk without JavaScript, and the dev server's Italian 404 page.
 */
class HostingBrowserTest {

    /** A way of hosting the built brief: where a site path ("en/tracks/", "" for the root) is. */
    record Mode(String name, String root, boolean file) {
        String at(String path) {
            return root + (file && (path.isEmpty() || path.endsWith("/")) ? path + "index.html" : path);
        }
    }

    static BuiltBrief site;
    static Browser b;
    static List<Mode> modes;

    @BeforeAll
    static void start() throws Exception {
        site = BuiltBrief.get();
        modes = List.of(new Mode("domain root", WebQuality.at(site, ""), false),
                new Mode("sub-path", site.server.url(), false),
                new Mode("file://", site.out.toUri().toString(), true));
        b = Browser.start(false, "it-IT,it,en");
    }

    @AfterAll
    static void stop() {
        if (b != null) b.close();
    }

    /** The page is one of the site's pages in {@code lang}, not a folder listing or an error. */
    static void onAPage(Mode m, String lang, String what) {
        String url = b.driver.getCurrentUrl();
        assertFalse(String.valueOf(b.driver.getTitle()).startsWith("Index of"), m.name() + ": " + what + " shows a folder listing at " + url);
        assertEquals(1, b.all("main#main h1").size(), m.name() + ": " + what + " is not a page of the site: " + url);
        assertEquals(lang, b.one("html").getAttribute("lang"), m.name() + ": " + what + " at " + url);
        if (m.file()) assertTrue(url.replaceAll("[?#].*", "").endsWith(".html"), m.name() + ": " + what + " at " + url);
        else assertEquals(200L, b.js("return performance.getEntriesByType('navigation')[0].responseStatus;"),
                m.name() + ": " + what + " at " + url);
    }

    /**
     * Waits until the browser shows an address containing {@code part} and that page has loaded: a redirect by
     * script (the chooser's) ends a navigation before the next page has, so the page is not there yet when it returns.
     */
    static void loaded(String part) {
        b.waiting().until(d -> d.getCurrentUrl().contains(part) && "complete".equals(b.js("return document.readyState;")));
    }

    /** Clicks a link as a reader does, and waits for the next page. */
    static void follow(WebElement a) {
        String before = b.driver.getCurrentUrl();
        b.js("arguments[0].scrollIntoView({block: 'center'});", a);
        try {
            a.click();
        } catch (ElementNotInteractableException e) {
            b.js("arguments[0].click();", a); // inside a closed phone menu: what matters here is where the link leads
        }
        b.waiting().until(d -> !d.getCurrentUrl().equals(before) && "complete".equals(b.js("return document.readyState;")));
    }

    @Test
    void theChooserSendsAnItalianReaderToItalianAndListsTheLanguagesWhenAsked() {
        for (Mode m : modes) {
            b.open(m.at(""));
            loaded("/it/");
            onAPage(m, "it", "the chooser's redirect");

            b.open(m.at("") + "?choose");
            loaded("?choose");
            List<WebElement> links = b.all(".languages a[hreflang]");
            assertEquals(5, links.size(), m.name());
            assertFalse(b.driver.getCurrentUrl().contains("/it/"), m.name() + ": ?choose shows the list");
            follow(b.one(".languages a[hreflang='de']"));
            onAPage(m, "de", "the chooser's link to Deutsch");
        }
    }

    @Test
    void withoutJavaScriptTheChooserIsAListThatWorks() {
        b.javascript(false);
        try {
            for (Mode m : modes) {
                if (m.file()) continue; // from disk without JS, folder links need the --local build (below)
                b.open(m.at(""));
                assertEquals(5, b.all(".languages a[hreflang]").size(), m.name());
                follow(b.one(".languages a[hreflang='fr']"));
                onAPage(m, "fr", "the chooser's link without JS");
            }
        } finally {
            b.javascript(true);
        }
    }

    @Test
    void theStylesheetAndScriptsLoadInEveryMode() {
        for (Mode m : modes) {
            b.clearCache();
            b.open(m.at("en/tracks/"));
            onAPage(m, "en", "the tracks page");
            assertEquals("absolute", b.js("return getComputedStyle(document.querySelector('.skip-link')).position;"),
                    m.name() + ": the stylesheet applies");
            assertEquals(true, b.js("return document.documentElement.classList.contains('js');"), m.name() + ": theme.js ran");
            if (m.file()) {
                // Chromium keeps no resource timing for file: addresses; what loaded shows in the document instead
                assertTrue(String.valueOf(b.js("return document.styleSheets[0].href;")).matches(
                        ".*/css/site\\.[0-9a-f]{8}\\.css"), m.name() + ": the stylesheet");
                assertTrue(String.valueOf(b.one("form[data-search]").getAttribute("action")).endsWith("/search/index.html"),
                        m.name() + ": search-boot.js ran (it gives the search form its index.html on disk)");
                continue;
            }
            @SuppressWarnings("unchecked")
            List<List<Object>> resources = (List<List<Object>>) b.js("return performance.getEntriesByType('resource')"
                    + ".map(function (e) { return [e.name, e.responseStatus]; });");
            List<String> names = resources.stream().map(r -> String.valueOf(r.get(0))).toList();
            for (String expected : List.of("css/site\\.[0-9a-f]{8}\\.css", "js/theme\\.[0-9a-f]{8}\\.js",
                    "js/search-boot\\.[0-9a-f]{8}\\.js")) {
                assertTrue(names.stream().anyMatch(n -> n.matches(".*/" + expected)), m.name() + ": " + expected + " in " + names);
            }
            for (String n : names) assertTrue(n.startsWith(m.root()), m.name() + ": a request outside the site: " + n);
            for (List<Object> r : resources) assertEquals(200L, r.get(1), m.name() + ": " + r.get(0) + " did not load");
        }
    }

    @Test
    void navigationTrackLinksLanguageSwitcherAndSearchLandOnPages() {
        for (Mode m : modes) {
            b.open(m.at("en/"));
            onAPage(m, "en", "the home page");
            follow(b.one(".site-nav a[href*='tracks/']"));
            onAPage(m, "en", "the main navigation's Tracks link");
            assertTrue(b.driver.getCurrentUrl().contains("/en/tracks/"), b.driver.getCurrentUrl());

            follow(b.one("main a[href*='innovative-finance/']"));
            onAPage(m, "en", "a track link");
            assertTrue(b.driver.getCurrentUrl().contains("/en/tracks/innovative-finance/"), b.driver.getCurrentUrl());

            follow(b.one(".lang-switch a[hreflang='it']"));
            onAPage(m, "it", "the language switcher");
            assertTrue(b.driver.getCurrentUrl().contains("/it/tracks/"), b.driver.getCurrentUrl());

            WebElement box = b.one("#search-box-q");
            box.click();
            box.sendKeys("Kosice");
            b.waiting().until(d -> !b.all(".search-panel .search-result-link").isEmpty());
            follow(b.all(".search-panel .search-result-link").get(0));
            onAPage(m, "it", "a search result");
            assertEquals("Košice", b.one("h1").getText(), m.name());

            b.one("#search-box-q").sendKeys("Malmo", Keys.ENTER);
            b.waiting().until(d -> d.getCurrentUrl().contains("q=Malmo"));
            onAPage(m, "it", "the search page from the header box");
        }
    }

    @Test
    void theLocalBuildWorksFromDiskWithoutJavaScript() throws Exception {
        Path out = Files.createTempDirectory("dossier-local-").resolve("site");
        BuildResult r = Builder.build(new BuildOptions(TestSites.project(), out, java.util.Optional.empty(),
                java.util.Optional.empty(), false, true));
        assertTrue(r.ok(), () -> r.problems().stream().filter(p -> p.isError()).toList().toString());
        Mode m = new Mode("--local from disk", out.toUri().toString(), true);
        b.javascript(false);
        try {
            b.open(m.at(""));
            assertEquals(5, b.all(".languages a[hreflang]").size());
            follow(b.one(".languages a[hreflang='it']"));
            onAPage(m, "it", "the chooser's link");
            follow(b.one(".site-nav a[href*='tracks/']"));
            onAPage(m, "it", "the main navigation");
            follow(b.one("main a[href*='innovative-finance/']"));
            onAPage(m, "it", "a track link");
            follow(b.one(".lang-switch a[hreflang='en']"));
            onAPage(m, "en", "the language switcher");
            List<WebElement> crumbs = b.all(".breadcrumb a");
            follow(crumbs.get(crumbs.size() - 1));
            onAPage(m, "en", "the breadcrumb");
            assertTrue(b.driver.getCurrentUrl().endsWith("/en/tracks/index.html"), b.driver.getCurrentUrl());
            follow(b.one("a.brand"));
            onAPage(m, "en", "the brand link home");
        } finally {
            b.javascript(true);
            org.dossier.output.Staging.deleteTree(out.getParent());
        }
    }

    @Test
    void aMissingAddressOnTheDevServerGetsTheItalian404() throws Exception {
        Path out = Files.createTempDirectory("dossier-serve-").resolve("site");
        try (DevServer server = new DevServer(BuildOptions.of(TestSites.project()).withOut(out)
                .withBaseUrl("http://127.0.0.1/"), 0, built -> { })) {
            server.start();
            Mode m = new Mode("dev server", "http://127.0.0.1:" + server.port() + "/", false);
            b.open(m.root() + "it/tracks/finanza-verde/");
            assertEquals(404L, b.js("return performance.getEntriesByType('navigation')[0].responseStatus;"));
            assertEquals("it", b.one("html").getAttribute("lang"));
            assertEquals("Pagina non trovata", b.one("h1").getText());
            assertEquals("finanza verde", b.one("#not-found-q").getAttribute("value"), "the search is prefilled");
            assertEquals("absolute", b.js("return getComputedStyle(document.querySelector('.skip-link')).position;"),
                    "the 404 page's stylesheet loads at a deep address");
            follow(b.one(".not-found-sections a[href$='/it/cities/']"));
            onAPage(m, "it", "the 404's link to a section");

            b.open(m.root() + "it/no/such/page.html");
            b.one("#not-found-q").submit();
            b.waiting().until(d -> d.getCurrentUrl().contains("/it/search/?q=page"));
            onAPage(m, "it", "the 404's search");
        } finally {
            org.dossier.output.Staging.deleteTree(out.getParent());
        }
    }
}
