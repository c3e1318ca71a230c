package org.dossier.browser;

import org.dossier.browser.WebQuality.Sample;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Private and locked down: on one page of every kind in every language, served under the site's own headers
 * ({@code _headers}) and opened from disk, loading the page, searching from its header box and pressing the theme
 * toggle makes no request to any other host, breaks no rule of the Content-Security-Policy (which has no
 * 'unsafe-inline' or 'unsafe-eval') and writes no error to the console. And no built HTML or CSS file refers to a
 * resource on another host.
 */
class PrivacyBrowserTest extends OnTheBuiltBrief {

    /** Hides OnTheBuiltBrief's: this class's browser records every request and the console. */
    @BeforeAll
    static void startBrowser() {
        site = BuiltBrief.get();
        b = Browser.start(true);
    }

    /** What happened on one page: every request the browser made and what it wrote to the console. */
    record Visit(String page, List<String> requests, List<String> console) {
    }

    private static List<Visit> visits;
    private static RuntimeException failed;

    /** Visits every sampled page over HTTP, and the home page from disk: loads it, searches, toggles the theme. */
    static synchronized List<Visit> visits() {
        if (visits != null) return visits;
        if (failed != null) throw failed;
        List<String> urls = new ArrayList<>();
        for (Sample s : WebQuality.samples(site.out)) urls.add(WebQuality.at(site, s.path()));
        urls.add(site.file("en/index.html"));
        urls.add(site.file("it/search/index.html?q=citt%C3%A0"));
        WebQuality.requests(b);
        WebQuality.console(b);
        List<Visit> list = new ArrayList<>();
        long start = System.nanoTime();
        for (String url : urls) {
            try {
                visit(url);
            } catch (RuntimeException e) {
                throw failed = new IllegalStateException(url + ": " + e.getMessage().lines().findFirst().orElse(""), e);
            }
            list.add(new Visit(url, WebQuality.requests(b), WebQuality.console(b)));
        }
        b.js("try { localStorage.clear(); } catch (e) {}");
        System.out.printf("privacy: %d pages loaded, searched and toggled in %.1f s%n", list.size(), (System.nanoTime() - start) / 1e9);
        return visits = list;
    }

    private static void visit(String url) {
        b.open(url);
        if (!b.all("#search-box-q").isEmpty()) {
            b.one("#search-box-q").sendKeys("climate");
            WebQuality.waiting(b).until(d -> b.one(".search-panel .search-status").getText().contains("climate"));
        }
        if (url.contains("?q=")) WebQuality.waiting(b).until(d -> !b.one("#search-status").getText().isBlank());
        if (!b.all(".theme-toggle").isEmpty() && b.one(".theme-toggle").isDisplayed()) b.one(".theme-toggle").click();
        // settled: loaded, and two frames drawn since (what the toggle and the search started has been asked for)
        WebQuality.waiting(b).until(d -> "complete".equals(b.js("return document.readyState;")));
        b.js("return new Promise(function (r) { requestAnimationFrame(function () { requestAnimationFrame(r); }); })");
    }

    @Test
    void noRequestLeavesTheSite() {
        String own = WebQuality.at(site, "");
        String disk = site.file("");
        List<String> foreign = new ArrayList<>();
        int requests = 0;
        for (Visit v : visits()) {
            for (String r : v.requests()) {
                requests++;
                if (!r.startsWith(own) && !r.startsWith(disk) && !r.startsWith("data:")) foreign.add(r + "  (from " + v.page() + ")");
            }
        }
        System.out.printf("privacy: %d pages, %d requests recorded%n", visits().size(), requests);
        assertTrue(requests > visits().size() * 3, "the requests are recorded: " + requests);
        assertEquals("", String.join("\n", foreign), "requests to another address than the site's own");
    }

    @Test
    void theContentSecurityPolicyAllowsNoInlineCodeAndNothingBreaksIt() throws IOException {
        Path file = site.out.resolve("_headers");
        assertTrue(Files.isRegularFile(file), "the build writes _headers, with the Content-Security-Policy for hosts");
        List<String> problems = new ArrayList<>();
        for (Sample s : WebQuality.samples(site.out)) {
            String csp = WebQuality.headers(site, s.path()).get("Content-Security-Policy");
            if (csp == null) problems.add(s + ": _headers gives no Content-Security-Policy");
            else if (csp.contains("unsafe-")) problems.add(s + ": " + csp);
        }
        assertEquals(List.of(), problems);

        List<String> refused = new ArrayList<>();
        for (Visit v : visits()) {
            for (String line : v.console()) {
                if (line.contains("Content Security Policy") || line.contains("Refused to")) refused.add(v.page() + ": " + line);
            }
        }
        assertEquals("", String.join("\n", refused), "what the policy blocked");

        // the policy is really in force: an inline script is refused (and says so in the console)
        b.open(WebQuality.at(site, "en/"));
        b.js("var s = document.createElement('script'); s.textContent = 'window.inlineRan = true';"
                + " document.head.appendChild(s);");
        assertEquals(Boolean.FALSE, b.js("return !!window.inlineRan"), "an inline script runs");
        assertTrue(WebQuality.console(b).stream().anyMatch(l -> l.contains("Content Security Policy")),
                "the console reports what the policy refuses");
    }

    @Test
    void noPageWritesAnErrorToTheConsole() {
        List<String> errors = new ArrayList<>();
        for (Visit v : visits()) {
            for (String line : v.console()) if (line.startsWith("SEVERE")) errors.add(v.page() + ": " + line);
        }
        assertEquals("", String.join("\n", errors));
    }

    // --- without a browser: what the files refer to ---

    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)|@import\\s+['\"]([^'\"]+)");

    /** A reference the browser would fetch from another host (not a path, not data:). */
    private static boolean foreign(String ref) {
        String r = ref.strip().toLowerCase();
        return r.startsWith("//") || r.matches("^[a-z][a-z0-9+.-]*:.*") && !r.startsWith("data:");
    }

    @Test
    void noBuiltFileRefersToAResourceOnAnotherHost() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(site.out)) {
            files = s.filter(p -> p.toString().matches(".*\\.(html|css|svg)$")).toList();
        }
        for (Path f : files) {
            String name = site.out.relativize(f).toString();
            String text = Files.readString(f);
            List<String> refs = new ArrayList<>();
            Matcher m = CSS_URL.matcher(text); // CSS files, <style> and style="" (and harmless matches in text)
            while (m.find()) refs.add(m.group(1) != null ? m.group(1) : m.group(2));
            if (!name.endsWith(".css")) {
                Document doc = Jsoup.parse(text);
                for (Element e : doc.select("[src], [poster], object[data]")) refs.add(e.hasAttr("src") ? e.attr("src") : e.hasAttr("poster") ? e.attr("poster") : e.attr("data"));
                for (Element e : doc.select("[srcset]")) for (String c : e.attr("srcset").split(",")) refs.add(c.strip().split("\\s+")[0]);
                for (Element e : doc.select("[imagesrcset]")) for (String c : e.attr("imagesrcset").split(",")) refs.add(c.strip().split("\\s+")[0]);
                for (Element e : doc.select("link[href]")) {
                    String rel = " " + e.attr("rel").toLowerCase() + " ";
                    if (rel.matches(".* (stylesheet|icon|apple-touch-icon|mask-icon|preload|prefetch|modulepreload|manifest|preconnect|dns-prefetch) .*")) refs.add(e.attr("href"));
                }
                for (Element e : doc.select("use[href], image[href], use[xlink:href], image[xlink:href]")) refs.add(e.hasAttr("href") ? e.attr("href") : e.attr("xlink:href"));
            }
            for (String r : refs) if (foreign(r)) found.add(name + ": " + r);
        }
        assertTrue(files.size() > 900, files.size() + " files");
        assertEquals("", String.join("\n", found), "resources on another host");
    }
}
