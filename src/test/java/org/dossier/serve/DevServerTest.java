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
            String response = raw(server, "/../secret.txt");
            assertTrue(response.startsWith("HTTP/1.1 404") || response.startsWith("HTTP/1.1 400"), response);
            HttpResponse<String> hidden = get(HttpClient.newHttpClient(),
                    "http://127.0.0.1:" + server.port() + "/.dossier-output");
            assertEquals(404, hidden.statusCode());
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
                    .filter(u -> u.startsWith("/") && !u.startsWith("//")).toList();
            assertTrue(absolute.stream().anyMatch(u -> u.matches("/sub/.*\\.css")), absolute.toString());
            for (String u : absolute) {
                assertTrue(u.startsWith("/sub/"), u);
                assertEquals(200, get(http, host + u.replaceFirst("#.*", "")).statusCode(), u);
            }

            assertTrue(raw(server, "/sub/../secret.txt").startsWith("HTTP/1.1 404"));
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

    /** A raw request, because HTTP clients normalise "/../" away before sending. */
    private static String raw(DevServer server, String path) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream o = s.getOutputStream();
            o.write(("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
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
