package org.dossier.browser;

import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the web-quality browser tests share: the pages to look at (one of every kind of page in every language,
 * found in the built output), the colour schemes and widths to look at them in, and the records of what the browser
 * did (every request it made, what it wrote to the console).
 */
final class WebQuality {

    private WebQuality() {
    }

    private static StaticServer server;

    /**
     * The address of a page ("en/tracks/") on a static host that serves the built brief at the domain root, as its
     * base URL says: there the 404 pages, whose links start from the base path since a host shows them at any
     * address, work as well.
     */
    static synchronized String at(BuiltBrief site, String path) {
        try {
            if (server == null) server = new StaticServer(site.out, "/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return server.url() + path;
    }

    /** The headers the site's _headers file gives a page. */
    static Map<String, String> headers(BuiltBrief site, String path) {
        at(site, "");
        return server.headersFor(path.replaceAll("[?#].*", ""));
    }

    /** A page to look at: its address below the site root ("en/tracks/", "404.html") and what kind it stands for. */
    record Sample(String path, String kind) {
        @Override
        public String toString() {
            return path.isEmpty() || path.startsWith("?") ? "/" + path : path;
        }
    }

    private static final Pattern BODY_CLASS = Pattern.compile("<body[^>]*\\sclass=\"([^\"]*)\"");
    private static final Pattern KIND = Pattern.compile("(?:^|\\s)kind-(\\S+)");

    /**
     * One page of every kind in every language: pages are grouped by language, the kind their {@code <body>} names
     * (kind-home, kind-session, …), the top folder they are in (the section, whose templates may differ:
     * tracks/section.ftl is not cities/section.ftl) and whether they fall back to another language's text; the first
     * page of each group (by address) stands for it. Root pages (the language chooser, 404.html) count as language
     * "". HTML files without a kind (redirects of old addresses) are left out.
     */
    static List<Sample> samples(Path out) {
        TreeMap<String, Sample> byGroup = new TreeMap<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path file : s.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String html = Files.readString(file);
                Matcher body = BODY_CLASS.matcher(html);
                Matcher kind = body.find() ? KIND.matcher(body.group(1)) : null;
                if (kind == null || !kind.find()) continue;
                String[] parts = out.relativize(file).toString().replace('\\', '/').split("/");
                String lang = parts.length > 1 ? parts[0] : "";
                String section = parts.length > 2 ? parts[1] : "";
                String group = lang + " " + kind.group(1) + " " + section
                        + (html.contains("fallback-notice") ? " fallback" : "");
                String path = String.join("/", parts);
                path = path.equals("index.html") ? "" : path.endsWith("/index.html") ? path.substring(0, path.length() - 10) : path;
                // the chooser sends a reader with JavaScript on to their language unless asked to choose
                if (kind.group(1).equals("chooser")) path += "?choose";
                byGroup.putIfAbsent(group, new Sample(path, group.strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(byGroup.values());
    }

    /** A width to look at pages in. */
    record Width(String name, int width, int height, boolean mobile) {
        @Override
        public String toString() {
            return name + " " + width + "px";
        }
    }

    static final Width PHONE = new Width("phone", 390, 844, true);
    static final Width DESKTOP = new Width("desktop", 1280, 900, false);
    static final List<Width> WIDTHS = List.of(DESKTOP, PHONE);
    static final List<String> SCHEMES = List.of("light", "dark");

    /** Emulates the system's colour scheme (prefers-color-scheme), for this page and the next ones. */
    static void scheme(Browser b, String scheme) {
        b.driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Emulates a screen of this width (a phone's: with its viewport and touch), for this page and the next ones. */
    static void width(Browser b, Width w) {
        b.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", w.width(), "height", w.height(),
                "deviceScaleFactor", w.mobile() ? 3 : 1, "mobile", w.mobile()));
    }

    /** Chromium's own pages (the new tab it opens with, its resources): they never reach a network. */
    private static final Pattern BROWSER_OWN = Pattern.compile("(chrome|chrome-untrusted|chrome-extension|devtools):");

    /**
     * The address of every request the page made since the last call (ChromeDriver's performance log:
     * Network.requestWillBeSent), with the page it was made from;
     * Chromium's requests for its own pages left out. Needs {@code Browser.start(true)}.
     */
    @SuppressWarnings("unchecked")
    static List<String> requests(Browser b) {
        List<String> urls = new ArrayList<>();
        for (LogEntry e : b.driver.manage().logs().get("performance")) {
            Map<String, Object> log = new Json().toType(e.getMessage(), Map.class);
            Map<String, Object> message = (Map<String, Object>) log.get("message");
            if (!"Network.requestWillBeSent".equals(message.get("method"))) continue;
            Map<String, Object> params = (Map<String, Object>) message.get("params");
            String url = String.valueOf(((Map<String, Object>) params.get("request")).get("url"));
            if (!BROWSER_OWN.matcher(url).lookingAt()) urls.add(url);
        }
        return urls;
    }

    /** {@link Browser#waiting()}, looking every 25 ms (WebDriverWait's default, 500 ms, would make up most of the tests' time). */
    static org.openqa.selenium.support.ui.WebDriverWait waiting(Browser b) {
        return (org.openqa.selenium.support.ui.WebDriverWait) b.waiting().pollingEvery(java.time.Duration.ofMillis(25));
    }

    /** What the pages wrote to the console since the last call ("SEVERE …: Refused to …"). */
    static List<String> console(Browser b) {
        return b.driver.manage().logs().get("browser").getAll().stream().map(e -> e.getLevel() + " " + e.getMessage()).toList();
    }
}
