package org.dossier.serve;

import org.dossier.TestSites;
import org.dossier.pipeline.BuildOptions;
import org.dossier.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server's side of live reload: the script added to the pages it serves (only those), and the event stream. */
class LiveReloadTest {

    @TempDir
    Path tmp;

    private static final String TAG = "<script src=\"/__dossier/live.js\"";

    @Test
    void theScriptIsAddedToServedPagesOnlyAndNeverToTheBuiltFiles() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        Path out = site.resolve("site-output");
        try (DevServer server = new DevServer(BuildOptions.of(site), 0, r -> { })) {
            server.start();
            HttpClient http = HttpClient.newHttpClient();
            String host = "http://127.0.0.1:" + server.port();
            HttpResponse<byte[]> page = bytes(http, host + "/en/about/");
            assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElse(""));
            String html = new String(page.body(), StandardCharsets.UTF_8);
            assertEquals(1, html.split(TAG, -1).length - 1, html);
            assertTrue(html.matches("(?s).*" + java.util.regex.Pattern.quote(TAG)
                    + " data-build=\"[^\"]+\" data-page=\"/en/about/index\\.html\" defer></script></body>\\s*</html>\\s*"), html);
            String file = Files.readString(out.resolve("en/about/index.html"));
            assertEquals(file, html.replaceFirst("<script src=\"/__dossier/live\\.js\"[^>]*></script>", ""),
                    "the page as built, with the script and nothing else added");

            HttpResponse<String> missing = get(http, host + "/en/nothing/here/");
            assertEquals(404, missing.statusCode());
            assertTrue(missing.body().contains(TAG + " data-build=\"") && missing.body().contains("data-page=\"/en/404.html\""),
                    "a 404 page gets it too, naming the file it is: " + missing.body());

            // every other file is sent exactly as it is on disk
            List<String> files = org.dossier.pipeline.Builder.files(out);
            for (String f : files) {
                if (f.endsWith(".html") || f.startsWith(".")) continue;
                HttpResponse<byte[]> r = bytes(http, host + "/" + f);
                assertEquals(200, r.statusCode(), f);
                assertArrayEquals(Files.readAllBytes(out.resolve(f)), r.body(), f);
            }
            assertTrue(files.stream().anyMatch(f -> f.endsWith(".css")) && files.stream().anyMatch(f -> f.endsWith(".xml")));
            // the output holds no trace of the server
            for (String f : files) {
                assertFalse(Files.readString(out.resolve(f), StandardCharsets.ISO_8859_1).contains("__dossier"), f);
            }
        }
    }

    @Test
    void theScriptGoesBeforeTheLastBodyEndTagOrAtTheEnd() {
        assertEquals("<p>a</p><script src=\"/__dossier/live.js\" data-build=\"b1\" data-page=\"/x/index.html\" defer>"
                + "</script></BODY >", LiveReload.inject("<p>a</p></BODY >", "/x/index.html", "b1"));
        assertTrue(LiveReload.inject("<body><pre>&lt;/body></pre></body>", "/p", "b").endsWith("</script></body>"));
        assertTrue(LiveReload.inject("<p>no end tag", "/p", "b").endsWith("defer></script>"));
        assertTrue(LiveReload.inject("x</body>", "/a\"b&c", "b").contains("data-page=\"/a&quot;b&amp;c\""));
    }

    @Test
    void itsFilesAreServedAndNothingElseUnderItsPath() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        try (DevServer server = new DevServer(BuildOptions.of(site).withBaseUrl("https://x.org/sub/"), 0, r -> { })) {
            server.start();
            HttpClient http = HttpClient.newHttpClient();
            String host = "http://127.0.0.1:" + server.port();
            for (String f : List.of("live.js", "live-worker.js", "live.css")) {
                HttpResponse<String> r = get(http, host + "/__dossier/" + f);
                assertEquals(200, r.statusCode(), f);
                assertEquals(f.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8",
                        r.headers().firstValue("Content-Type").orElse(""), f);
                assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""), f);
            }
            assertEquals(404, get(http, host + "/__dossier/LiveReload.class").statusCode());
            assertEquals(404, get(http, host + "/__dossier/").statusCode());
            assertEquals(404, get(http, host + "/sub/__dossier/live.js").statusCode(), "at the root only");
        }
    }

    @Test
    void theEventsSayWhichPagesChangedAndWhatIsWrongWithABrokenBuild() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        BlockingQueue<BuildResult> builds = new LinkedBlockingQueue<>();
        try (DevServer server = new DevServer(BuildOptions.of(site), 0, builds::add)) {
            server.start();
            builds.take();
            Events events = Events.open(server);
            String hello = events.next();
            assertTrue(hello.matches("\\{\"build\":\"(\\w+-\\d+)\",\"from\":\"\\1\",\"ok\":true,\"changed\":\\[],\"problems\":\\[]}"),
                    "the state, with no news: " + hello);
            String first = hello.replaceAll(".*\"build\":\"([^\"]+)\".*", "$1");

            Path about = site.resolve("content/en/about.md");
            String text = TestSites.read(about);
            TestSites.write(about, text.replace("A footnote.", "A changed footnote."));
            String edited = events.next(); // the preview of the edited text, ahead of the rebuild
            assertTrue(edited.matches("\\{\"build\":\"\\w+-\\d+\",\"from\":\"" + first
                    + "\",\"ok\":true,\"changed\":\\[\"/en/about/index.html\"],\"swap\":\\[\"/en/about/index.html\"],"
                    + "\"problems\":\\[]}"), "only its <main> changed: the tabs may swap it in: " + edited);
            String preview = edited.replaceAll(".*\"build\":\"([^\"]+)\".*", "$1");
            assertFalse(preview.equals(first), "a new build: " + edited);
            String rebuilt = events.next();
            assertTrue(rebuilt.contains("\"from\":\"" + preview + "\",\"ok\":true"), rebuilt);
            assertFalse(rebuilt.contains("\"/en/about/index.html\""), "the preview showed it as built: " + rebuilt);
            assertFalse(rebuilt.contains("\"/en/guide/first/index.html\""), "a page that did not change: " + rebuilt);
            assertFalse(rebuilt.contains("\"all\""), rebuilt);

            TestSites.write(about, text.replace("weight: 1", "weight: abc"));
            String broken = events.next();
            assertTrue(broken.contains("\"ok\":false,\"changed\":[]"), broken);
            assertTrue(broken.contains("{\"file\":\"content/en/about.md\",\"line\":4,\"column\":9,\"message\":\"'weight' must be a whole number"), broken);
            assertTrue(broken.contains("\"source\":\"weight: abc\",\"caret\":\"        ^\"}"), broken);
            assertFalse(broken.contains("warning") || broken.contains("placeholder"), "warnings are not shown: " + broken);
            assertTrue(get(HttpClient.newHttpClient(), server.address() + "en/about/").body().contains("A changed footnote."),
                    "the last good build is still served");
            Events late = Events.open(server);
            assertEquals(broken, late.next(), "a tab opened now is told at once");

            TestSites.write(about, text);
            String fixed = events.next();
            assertTrue(fixed.contains("\"ok\":true") && fixed.contains("\"/en/about/index.html\"")
                    && fixed.contains("\"problems\":[]"), fixed);
        }
    }

    /**
     * An edit of a page's text alone is served from memory and announced at once, while the rebuild waits (held
     * here until the test has looked): then the rebuild's event leaves that page out, as the preview showed it. A
     * preview whose rebuild fails is news to the next good build; a front matter edit has no preview.
     */
    @Test
    void anEditedTextIsShownAheadOfItsRebuildAndItsTabsReloadOnce() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        BuildOptions options = BuildOptions.of(site);
        Rebuild cached = Rebuild.cached(options);
        java.util.concurrent.Semaphore go = new java.util.concurrent.Semaphore(1); // the first build goes at once
        BlockingQueue<java.util.Set<String>> previews = new LinkedBlockingQueue<>();
        Rebuild held = new Rebuild() {
            @Override
            public Outcome run(java.util.Set<String> changed) {
                go.acquireUninterruptibly();
                return cached.run(changed);
            }

            @Override
            public java.util.Optional<java.util.Map<String, String>> preview(java.util.Set<String> changed) {
                return cached.preview(changed);
            }
        };
        DevServer.Listener listener = new DevServer.Listener() {
            @Override
            public void built(java.util.Set<String> changed, Rebuild.Outcome outcome) {
            }

            @Override
            public void previewed(java.util.Set<String> files, java.time.Duration took) {
                previews.add(files);
            }
        };
        try (DevServer server = new DevServer(options, 0, held, listener)) {
            server.start();
            Events events = Events.open(server);
            events.next();
            HttpClient http = HttpClient.newHttpClient();
            Path about = site.resolve("content/en/about.md");
            Path built = site.resolve("site-output/en/about/index.html");
            String text = TestSites.read(about);
            String before = Files.readString(built);

            TestSites.write(about, text.replace("A footnote.", "A previewed footnote."));
            String preview = events.next();
            assertTrue(preview.contains("\"changed\":[\"/en/about/index.html\"]"), preview);
            assertEquals(java.util.Set.of("en/about/index.html"), previews.poll(30, TimeUnit.SECONDS));
            assertTrue(get(http, server.address() + "en/about/").body().contains("A previewed footnote."),
                    "served from memory");
            assertEquals(before, Files.readString(built), "the output is the rebuild's to change");
            go.release();
            String rebuilt = events.next();
            assertTrue(rebuilt.contains("\"ok\":true,\"changed\":[") && !rebuilt.contains("/en/about/index.html"), rebuilt);
            assertTrue(Files.readString(built).contains("A previewed footnote."));
            String served = get(http, server.address() + "en/about/").body();
            assertEquals(Files.readString(built), served.replaceFirst("<script src=\"/__dossier/live\\.js\"[^>]*></script>", ""),
                    "the preview was the page as built");

            // a dead link is found by the rebuild only: the preview stands until the next good build
            TestSites.write(about, text.replace("A footnote.", "A [dead](/en/nowhere/) footnote."));
            assertTrue(events.next().contains("\"changed\":[\"/en/about/index.html\"]"));
            assertEquals(java.util.Set.of("en/about/index.html"), previews.poll(30, TimeUnit.SECONDS));
            go.release();
            String failed = events.next();
            assertTrue(failed.contains("\"ok\":false") && failed.contains("/en/nowhere/"), failed);
            assertFalse(get(http, server.address() + "en/about/").body().contains("[dead]"), "the last good build again");
            TestSites.write(about, text.replace("A footnote.", "A previewed footnote."));
            go.release();
            String good = events.next();
            assertTrue(good.contains("\"ok\":true,\"changed\":[\"/en/about/index.html\"]"),
                    "the tabs that showed the preview reload, though the output is as it was: " + good);

            TestSites.write(about, text.replace("title: About", "title: About us"));
            go.release();
            String title = events.next();
            assertTrue(title.contains("\"ok\":true") && title.contains("/en/about/index.html")
                    && title.contains("/en/index.html"), "no preview: the rebuild's event, every page showing the title: " + title);
            assertTrue(previews.isEmpty(), "previews: " + previews);
        }
    }

    @Test
    void aBuildThatMovesTheSiteReloadsEveryTab() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        BlockingQueue<BuildResult> builds = new LinkedBlockingQueue<>();
        try (DevServer server = new DevServer(BuildOptions.of(site), 0, builds::add)) {
            server.start();
            Events events = Events.open(server);
            events.next();
            Path yaml = site.resolve("content/site.yaml");
            String text = TestSites.read(yaml);
            assertTrue(text.contains("base_url:"), text);
            TestSites.write(yaml, text.replaceFirst("base_url: .*", "base_url: https://example.org/moved/"));
            String moved = events.next();
            assertTrue(moved.contains("\"ok\":true,\"changed\":\"all\""), moved);
            assertEquals("http://127.0.0.1:" + server.port() + "/moved/", server.address());
        }
    }

    /** A tab's event stream, read line by line in the background: {@link #next} is the data of the next event. */
    record Events(BlockingQueue<String> data) {
        static Events open(DevServer server) throws Exception {
            HttpResponse<Stream<String>> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/__dossier/events")).build(),
                    HttpResponse.BodyHandlers.ofLines());
            assertEquals(200, r.statusCode());
            assertEquals("text/event-stream; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
            BlockingQueue<String> q = new LinkedBlockingQueue<>();
            Thread t = new Thread(() -> r.body().filter(l -> l.startsWith("data: ")).forEach(l -> q.add(l.substring(6))));
            t.setDaemon(true);
            t.start();
            return new Events(q);
        }

        String next() throws InterruptedException {
            String d = data.poll(30, TimeUnit.SECONDS);
            assertNotNull(d, "no event came");
            return d;
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<byte[]> bytes(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
