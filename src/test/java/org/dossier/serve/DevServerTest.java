package org.dossier.serve;

import org.dossier.TestSites;
import org.dossier.pipeline.BuildOptions;
import org.dossier.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DevServerTest {

    @TempDir
    Path tmp;

    @Test
    void servesTheSiteAndRebuildsWhenAFileChanges() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        LinkedBlockingQueue<BuildResult> builds = new LinkedBlockingQueue<>();
        BuildOptions options = BuildOptions.of(site);
        try (DevServer server = new DevServer(options, 0, builds::add)) {
            server.start();
            assertTrue(builds.take().ok());
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port();
            HttpResponse<String> about = get(http, base + "/en/about/");
            assertEquals(200, about.statusCode());
            assertTrue(about.body().contains("<h1>About</h1>"));
            assertEquals(404, get(http, base + "/en/missing/").statusCode());
            assertEquals(301, get(http, base + "/en/about").statusCode());

            TestSites.write(site.resolve("content/en/about.md"), "---\ntitle: About again\ndescription: d\n---\nNew.\n");
            BuildResult rebuilt = builds.poll(20, TimeUnit.SECONDS);
            assertNotNull(rebuilt, "a changed file triggers a rebuild");
            assertTrue(get(http, base + "/en/about/").body().contains("<h1>About again</h1>"));
        }
    }

    @Test
    void servesNothingOutsideTheOutputFolder() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        TestSites.write(site.resolve("secret.txt"), "SECRET");
        try (DevServer server = new DevServer(BuildOptions.of(site), 0, r -> { })) {
            server.start();
            for (String path : List.of("/../secret.txt", "/en/../../secret.txt", "/%2e%2e/secret.txt",
                    "/%2E%2E/secret.txt", "/.%2e/secret.txt", "/en/%2e%2e/%2e%2e/secret.txt", "/en/..%2f..%2fsecret.txt",
                    "/en%2f..%2f..%2fsecret.txt", "/en/..%5c..%5csecret.txt", "/en\\..\\..\\secret.txt",
                    "/en/%c0%ae%c0%ae/%c0%ae%c0%ae/secret.txt")) {
                assertTrue(raw(server, path).startsWith("HTTP/1.1 400"), path);
            }
            // what is not a traversal is simply not there
            for (String path : List.of("/%252e%252e/secret.txt", "//secret.txt", "/" + site.resolve("secret.txt"),
                    "/.dossier-output", "/en/.dossier-output", "/secret.txt")) {
                assertTrue(raw(server, path).startsWith("HTTP/1.1 404"), path);
            }
            // a link in the output leading out of it is not followed
            java.nio.file.Files.createSymbolicLink(site.resolve("site-output/link.txt"), site.resolve("secret.txt"));
            java.nio.file.Files.createSymbolicLink(site.resolve("site-output/up"), site);
            assertTrue(raw(server, "/link.txt").startsWith("HTTP/1.1 404"));
            assertTrue(raw(server, "/up/secret.txt").startsWith("HTTP/1.1 404"));
        }
    }

    @Test
    void malformedRequestsAreAnsweredNotDropped() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        try (DevServer server = new DevServer(BuildOptions.of(site), 0, r -> { })) {
            server.start();
            for (String path : List.of("/en/%00", "/en/%00/", "/en/about/%00", "/en/%0a", "/en/%zz", "/en/%4", "/en/%",
                    "/en/%ff", "/en/\u00ff", "/en/%c3", "/en/a\\b")) {
                String response = raw(server, path);
                assertTrue(response.startsWith("HTTP/1.1 400"), path + " → " + response);
            }
            String longPath = "/en/" + "a".repeat(2100);
            assertTrue(raw(server, longPath).startsWith("HTTP/1.1 414"));
            assertTrue(raw(server, "/en/?q=" + "a".repeat(2100)).startsWith("HTTP/1.1 414"), "the query counts");
            assertTrue(raw(server, "/en/" + "a".repeat(1900)).startsWith("HTTP/1.1 404"), "long, but not too long");
            assertTrue(raw(server, "/en/about/").startsWith("HTTP/1.1 200"), "and the server still answers");
        }
    }

    @Test
    void onlyReadsAndOnlyForLoopbackNames() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        try (DevServer server = new DevServer(BuildOptions.of(site), 0, r -> { })) {
            server.start();
            String port = ":" + server.port();
            for (String host : List.of("127.0.0.1" + port, "localhost" + port, "[::1]" + port, "LOCALHOST")) {
                assertTrue(raw(server, "GET", "/en/about/", host).startsWith("HTTP/1.1 200"), host);
            }
            String rebound = raw(server, "GET", "/en/about/", "attacker.example" + port);
            assertTrue(rebound.startsWith("HTTP/1.1 403") && !rebound.contains("<h1>"), "DNS rebinding: " + rebound);
            String post = raw(server, "POST", "/en/about/", "127.0.0.1" + port);
            assertTrue(post.startsWith("HTTP/1.1 405") && post.contains("Allow: GET, HEAD"), post);
            String head = raw(server, "HEAD", "/en/about/", "127.0.0.1" + port);
            assertTrue(head.startsWith("HTTP/1.1 200") && !head.contains("<h1>"), head);
        }
    }

    @Test
    void aMissingAddressInALanguageGetsThatLanguagesNotFoundPage() throws Exception {
        Path site = TestSites.multilingual(tmp);
        try (DevServer server = new DevServer(BuildOptions.of(site).withBaseUrl("http://127.0.0.1/"), 0, r -> { })) {
            server.start();
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port();
            HttpResponse<String> it = get(http, base + "/it/guida/mancante/");
            assertEquals(404, it.statusCode());
            assertTrue(it.body().contains("<h1>Pagina non trovata</h1>"), it.body());
            HttpResponse<String> root = get(http, base + "/nowhere/page.html");
            assertEquals(404, root.statusCode());
            assertTrue(root.body().contains("<h1>Page not found</h1>") && root.body().contains("lang=\"en\""));
            // the Italian 404's links lead to pages that exist
            for (String href : org.jsoup.Jsoup.parse(it.body()).select(".not-found a[href]").eachAttr("href")) {
                assertEquals(200, get(http, base + href).statusCode(), href);
            }
        }
    }

    @Test
    void servesASubPathSiteUnderItsBasePathLikeTheHost() throws Exception {
        Path site = TestSites.multilingual(tmp);
        Path yaml = site.resolve("content/site.yaml");
        TestSites.write(yaml, TestSites.read(yaml).replace("https://example.org/", "https://x.org/sub/"));
        TestSites.write(site.resolve("secret.txt"), "SECRET");
        try (DevServer server = new DevServer(BuildOptions.of(site), 0, r -> { })) {
            server.start();
            HttpClient http = HttpClient.newHttpClient();
            String host = "http://127.0.0.1:" + server.port();
            assertEquals(host + "/sub/", server.address());
            HttpResponse<String> page = get(http, host + "/sub/en/guide/intro/");
            assertEquals(200, page.statusCode());
            assertEquals(404, get(http, host + "/en/guide/intro/").statusCode(), "outside the base path");
            for (String top : new String[] {"/", "/sub"}) {
                HttpResponse<String> redirect = get(http, host + top);
                assertEquals(302, redirect.statusCode(), top);
                assertEquals("/sub/", redirect.headers().firstValue("Location").orElse(null), top);
            }
            assertEquals(200, get(http, host + "/sub/").statusCode());

            HttpResponse<String> it = get(http, host + "/sub/it/nope/");
            assertEquals(404, it.statusCode());
            assertTrue(it.body().contains("<h1>Pagina non trovata</h1>"), it.body());
            // served at any address, the 404 page links from the base path: each link and asset resolves here
            List<String> absolute = org.jsoup.Jsoup.parse(it.body()).select("[href], [src]").stream()
                    .map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("src"))
                    .filter(u -> u.startsWith("/") && !u.startsWith("//"))
                    .filter(u -> !u.startsWith(LiveReload.PREFIX)).toList(); // the server's own script
            assertTrue(absolute.stream().anyMatch(u -> u.matches("/sub/.*\\.css")), absolute.toString());
            for (String u : absolute) {
                assertTrue(u.startsWith("/sub/"), u);
                assertEquals(200, get(http, host + u.replaceFirst("#.*", "")).statusCode(), u);
            }

            assertTrue(raw(server, "/sub/../secret.txt").startsWith("HTTP/1.1 400"));
            assertEquals(404, get(http, host + "/sub/.dossier-output").statusCode());
        }
    }

    @Test
    void theBaseUrlOptionSetsTheServedPath() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        try (DevServer server = new DevServer(BuildOptions.of(site).withBaseUrl("https://x.org/a/b"), 0, r -> { })) {
            server.start();
            assertEquals("http://127.0.0.1:" + server.port() + "/a/b/", server.address());
            assertEquals(200, get(HttpClient.newHttpClient(), server.address() + "en/about/").statusCode());
        }
    }

    /** A raw request, because HTTP clients normalise "/../" away before sending (and refuse what is malformed). */
    private static String raw(DevServer server, String path) throws Exception {
        return raw(server, "GET", path, "127.0.0.1:" + server.port());
    }

    /** The request line's bytes are the path's characters as ISO-8859-1 ("\u00ff" is the byte 0xff). */
    static String raw(DevServer server, String method, String path, String host) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(20_000);
            OutputStream o = s.getOutputStream();
            o.write((method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            o.flush();
            String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(response.contains("SECRET"), response);
            return response;
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
