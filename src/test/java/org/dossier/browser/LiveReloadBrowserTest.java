package org.dossier.browser;

import org.dossier.TestSites;
import org.dossier.pipeline.BuildOptions;
import org.dossier.pipeline.BuildResult;
import org.dossier.serve.DevServer;
import org.dossier.serve.Rebuild;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code dossier serve} in headless Chromium, on a copy of the two-language fixture with the default theme (and its
 * Content-Security-Policy) in a temp folder: a tab shows an edit of its page's text in place, and reloads by itself
 * after an edit of its front matter, where it was scrolled to, and a tab on a page the edit did not change does not; a broken edit shows the problems over the page
 * (file:line:column, the source line with a caret), accessible and dismissible, and the fix removes them; a tab opened
 * on a broken build shows them too; without shared workers, each tab's own event stream does the same; the built
 * files hold no trace of the server's script.
 */
class LiveReloadBrowserTest {

    @TempDir
    Path tmp;

    Path site;
    Browser b;
    DevServer server;
    final BlockingQueue<BuildResult> builds = new LinkedBlockingQueue<>();
    /** Each rebuild takes a permit: a test holds the rebuild after an edit by taking them all (its preview is not held). */
    final java.util.concurrent.Semaphore rebuilds = new java.util.concurrent.Semaphore(1 << 20);

    /** intro.md, long enough to scroll: paragraph i says "Paragraph i." */
    static String intro(String weight, String extra) {
        StringBuilder sb = new StringBuilder("---\ntitle: Introduction\ndescription: How it starts.\nweight: " + weight
                + "\ncode: \"A1\"\n---\nIt starts here." + extra + "\n");
        for (int i = 1; i <= 80; i++) sb.append("\nParagraph ").append(i).append(". Some words to make the page long.\n");
        return sb.toString();
    }

    @BeforeEach
    void serve() throws Exception {
        site = TestSites.multilingual(tmp);
        TestSites.write(site.resolve("content/en/guide/intro.md"), intro("1", ""));
        BuildOptions options = BuildOptions.of(site).withBaseUrl("http://127.0.0.1/");
        Rebuild cached = Rebuild.cached(options);
        Rebuild held = new Rebuild() {
            @Override
            public Outcome run(java.util.Set<String> changed) {
                rebuilds.acquireUninterruptibly();
                return cached.run(changed);
            }

            @Override
            public java.util.Optional<java.util.Map<String, String>> preview(java.util.Set<String> changed) {
                return cached.preview(changed);
            }
        };
        server = new DevServer(options, 0, held, (changed, outcome) -> builds.add(outcome.result()));
        assertTrue(builds.take().ok());
        server.start();
        b = Browser.start(true);
    }

    @AfterEach
    void stop() {
        if (b != null) b.close();
        if (server != null) server.close();
    }

    private String at(String path) {
        return server.address() + path;
    }

    /** Waits for a condition; a rebuild of the fixture takes a second or two, more on a busy machine. */
    private WebDriverWait waiting() {
        WebDriverWait w = new WebDriverWait(b.driver, Duration.ofSeconds(60), Duration.ofMillis(25));
        w.ignoring(org.openqa.selenium.JavascriptException.class); // a page reloading under the check
        // an element swapped by a live update between finding it and reading it: the check is made again
        w.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return w;
    }

    private BuildResult nextBuild() throws InterruptedException {
        BuildResult r = builds.poll(60, TimeUnit.SECONDS);
        assertNotNull(r, "the edit led to no rebuild");
        return r;
    }

    /** Marks the document open now: a reload drops the mark. */
    private void mark() {
        b.js("window.dossierTestMark = true;");
    }

    private boolean marked() {
        return Boolean.TRUE.equals(b.js("return window.dossierTestMark === true;"));
    }

    /** The build the server serves now, as it names it in the pages it sends: what every tab should come to. */
    private String servedBuild() throws Exception {
        String page = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(at("en/"))).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-build=\"([^\"]+)\"").matcher(page);
        assertTrue(m.find(), page);
        return m.group(1);
    }

    private String liveBuild() {
        return (String) b.js("var s = document.querySelector('script[src=\"/__dossier/live.js\"]');"
                + " return s && s.getAttribute('data-build');");
    }

    /** The overlay's dialog when it is open, else null; {@code what}: "text", "where", … of the dialog. */
    private Object overlay(String what) {
        return b.js("var h = document.querySelector('dossier-problems');"
                + " var d = h && h.shadowRoot && h.shadowRoot.querySelector('dialog[open]');"
                + " if (!d) return null;"
                + " switch (arguments[0]) {"
                + "  case 'text': return d.innerText;"
                + "  case 'where': return Array.from(d.querySelectorAll('.where')).map(function (e) { return e.textContent; });"
                + "  case 'source': return Array.from(d.querySelectorAll('pre')).map(function (e) { return e.textContent; });"
                + "  case 'role': return d.getAttribute('role') + ' ' + (d.getAttribute('aria-labelledby') && h.shadowRoot"
                + "      .getElementById(d.getAttribute('aria-labelledby')).textContent) + ' ' + d.lang;"
                + "  case 'focus': return h.shadowRoot.activeElement && h.shadowRoot.activeElement.textContent;"
                + "  case 'colours': var s = getComputedStyle(d); return s.color + ' on ' + s.backgroundColor;"
                + " }", what);
    }

    private void noContentSecurityPolicyViolation() {
        List<String> violations = WebQuality.console(b).stream()
                .filter(l -> l.contains("Content Security Policy") || l.contains("Content-Security-Policy")).toList();
        assertEquals(List.of(), violations, "the site's policy lets the server's script and style in, as it is");
    }

    /**
     * An edit of the text alone: the tab puts the previewed page's {@code <main>} in place of its own, with no reload,
     * where it was scrolled to, and the rebuild after it does not reload it either. An edit of the front matter
     * reloads it, where it was scrolled to. A tab on a page neither changed does not reload.
     */
    @Test
    void aTabShowsAnEditByItselfKeepingItsScrollPositionAndOtherTabsStayAsTheyAre() throws Exception {
        b.open(at("en/guide/intro/"));
        waiting().until(d -> b.js("return document.readyState").equals("complete"));
        b.js("window.scrollTo(0, 1500);");
        waiting().until(d -> ((Number) b.js("return window.scrollY;")).intValue() == 1500);
        mark();
        b.js("window.dossierSwaps = 0; document.addEventListener('dossier:swapped', function () { window.dossierSwaps++; });");
        String tabA = b.driver.getWindowHandle();
        String before = liveBuild();
        assertNotNull(before, "the served page has the live script");

        b.driver.switchTo().newWindow(WindowType.TAB);
        b.open(at("it/"));
        waiting().until(d -> b.js("return document.readyState").equals("complete"));
        mark();
        String tabB = b.driver.getWindowHandle();

        Path intro = site.resolve("content/en/guide/intro.md");
        int permits = rebuilds.drainPermits(); // the rebuild waits until the tab has shown the preview
        TestSites.write(intro, intro("1", "").replace("Paragraph 40.", "Paragraph 40, edited."));
        b.driver.switchTo().window(tabA);
        waiting().until(d -> String.valueOf(b.js("return document.querySelector('main').textContent;")).contains("Paragraph 40, edited."));
        assertTrue(marked(), "the text came in place, with no reload");
        assertEquals(1L, b.js("return window.dossierSwaps;"), "the theme's scripts are told");
        assertEquals(1500, ((Number) b.js("return window.scrollY;")).intValue(), "scrolled where it was");
        String previewed = liveBuild();
        assertFalse(before.equals(previewed), "the preview's build: " + before);
        rebuilds.release(permits);
        assertTrue(nextBuild().ok());
        String rebuilt = servedBuild(); // the rebuild's event may have come already, or not yet
        waiting().withMessage("the tab hears of the rebuild").until(d -> rebuilt.equals(liveBuild()));
        assertTrue(marked(), "the rebuild made the page the preview showed: no reload");

        b.driver.switchTo().window(tabB);
        waiting().withMessage("the other tab hears of the builds").until(d -> rebuilt.equals(liveBuild()));
        assertTrue(marked(), "the Italian home page did not change: its tab did not reload");

        TestSites.write(intro, intro("1", "").replace("Paragraph 40.", "Paragraph 40, edited.")
                .replace("title: Introduction", "title: Introduction, edited"));
        assertTrue(nextBuild().ok());
        b.driver.switchTo().window(tabA);
        waiting().until(d -> !marked() && b.js("return document.readyState").equals("complete")
                && b.one("main").getText().contains("Introduction, edited"));
        waiting().withMessage("the reloaded tab is scrolled where it was")
                .until(d -> ((Number) b.js("return window.scrollY;")).intValue() == 1500);
        noContentSecurityPolicyViolation();
    }

    @Test
    void aBrokenEditShowsTheProblemsOverThePageAndTheFixRemovesThem() throws Exception {
        b.open(at("en/guide/intro/"));
        waiting().until(d -> b.js("return document.readyState").equals("complete"));
        mark();
        Path intro = site.resolve("content/en/guide/intro.md");
        TestSites.write(intro, intro("abc", ""));
        assertFalse(nextBuild().ok());

        waiting().until(d -> overlay("text") != null);
        assertTrue(marked(), "the last good page stays, under the overlay");
        assertEquals(List.of("content/en/guide/intro.md:4:9"), overlay("where"));
        String text = (String) overlay("text");
        assertTrue(text.contains("'weight' must be a whole number"), text);
        assertEquals(List.of("4 | weight: abc\n  |         ^"), overlay("source"), "the line, the caret under column 9");
        assertEquals("alertdialog The site did not build: 1 error en", overlay("role"));
        assertEquals("Close", overlay("focus"), "the focus is in the dialog");
        assertEquals("rgb(27, 27, 27) on rgb(255, 255, 255)", overlay("colours"));
        noContentSecurityPolicyViolation(); // (before axe, whose own probes do use inline styles)
        List<String> axe = axe();
        assertEquals(List.of(), axe, "axe (WCAG 2.1 AA) on the page with the overlay open");

        new Actions(b.driver).sendKeys(Keys.ESCAPE).perform();
        waiting().until(d -> overlay("text") == null);
        assertTrue(marked());

        // another mistake: shown again; closed with its button
        TestSites.write(intro, intro("xyz", ""));
        assertFalse(nextBuild().ok());
        waiting().until(d -> String.valueOf(overlay("text")).contains("weight: xyz"));
        b.js("document.querySelector('dossier-problems').shadowRoot.querySelector('button').click();");
        waiting().until(d -> overlay("text") == null);

        // back as it was: the overlay goes, and since the page is as built before, it stays as it is
        TestSites.write(intro, intro("xyz", ""));
        TestSites.write(intro, intro("1", ""));
        assertTrue(nextBuild().ok());
        TestSites.write(intro, intro("abc", ""));
        assertFalse(nextBuild().ok());
        waiting().until(d -> overlay("text") != null);
        TestSites.write(intro, intro("1", ""));
        assertTrue(nextBuild().ok());
        String fixed = servedBuild();
        waiting().until(d -> overlay("text") == null && fixed.equals(liveBuild()));
        assertTrue(marked(), "the page did not change: no reload");
        assertEquals(0, ((Number) b.js("return document.querySelectorAll('dossier-problems').length")).intValue());

        // fixed with a change: the overlay goes and the page reloads, showing it
        TestSites.write(intro, intro("abc", ""));
        assertFalse(nextBuild().ok());
        waiting().until(d -> overlay("text") != null);
        TestSites.write(intro, intro("1", " Fixed."));
        assertTrue(nextBuild().ok());
        waiting().until(d -> !marked() && b.one("main").getText().contains("It starts here. Fixed."));
        assertEquals(null, overlay("text"));
    }

    @Test
    void aTabOpenedOnABrokenBuildShowsTheProblems() throws Exception {
        TestSites.write(site.resolve("content/it/guide/intro.md"), "---\ntitle: Introduzione\nweigth: 1\n---\nTesto.\n");
        assertFalse(nextBuild().ok());
        b.open(at("it/guide/intro/"));
        waiting().withMessage("the overlay shows").until(d -> overlay("text") != null);
        List<?> where = (List<?>) overlay("where");
        assertEquals(List.of("content/it/guide/intro.md:3:1"), where);
        assertTrue(String.valueOf(overlay("source")).contains("3 | weigth: 1"), String.valueOf(overlay("source")));
        assertTrue(String.valueOf(overlay("text")).contains("weight"), "the hint names the key meant: " + overlay("text"));
    }

    @Test
    void withoutSharedWorkersEachTabListensOnItsOwn() throws Exception {
        b.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", "delete window.SharedWorker;"));
        b.open(at("en/guide/intro/"));
        assertEquals(Boolean.FALSE, b.js("return 'SharedWorker' in window;"));
        waiting().until(d -> b.js("return document.readyState").equals("complete"));
        mark();
        TestSites.write(site.resolve("content/en/guide/intro.md"), intro("1", " Once more."));
        assertTrue(nextBuild().ok());
        waiting().until(d -> b.one("main").getText().contains("It starts here. Once more."));
        assertTrue(marked(), "the text came in place, with no reload");
        TestSites.write(site.resolve("content/en/guide/intro.md"), intro("abc", ""));
        assertFalse(nextBuild().ok());
        waiting().until(d -> overlay("text") != null);
    }

    @Test
    void theBuiltFilesHoldNoTraceOfTheServersScript() throws Exception {
        b.open(at("en/guide/intro/"));
        assertEquals(1L, b.js("return document.querySelectorAll('script[src=\"/__dossier/live.js\"]').length;"),
                "served, the page has the script");
        Path file = site.resolve("site-output/en/guide/intro/index.html");
        b.open(file.toUri().toString());
        waiting().until(d -> b.js("return document.readyState").equals("complete"));
        assertTrue(b.one("main").getText().contains("Paragraph 80."));
        assertEquals(0L, b.js("return document.querySelectorAll('script[src*=\"__dossier\"]').length;"),
                "opened from disk, the built page has not");
        assertFalse(TestSites.read(file).contains("__dossier"));
        assertTrue(b.loadedScripts().stream().noneMatch(s -> s.startsWith("live")), b.loadedScripts().toString());
    }

    /** axe-core on the page open now: one line per violation. */
    @SuppressWarnings("unchecked")
    private List<String> axe() throws IOException {
        try (InputStream in = LiveReloadBrowserTest.class.getResourceAsStream("/axe.min.js")) {
            assertNotNull(in, "axe.min.js is on the test classpath");
            b.js(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Object r = b.driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + " .then(function (r) { done(r.violations.map(function (v) { return v.id + ': ' + v.help + ' — '"
                + " + v.nodes.map(function (n) { return JSON.stringify(n.target); }).join(', '); })); },"
                + " function (e) { done(['axe failed: ' + e]); });");
        return (List<String>) r;
    }
}
