package org.dossier.serve;

import org.dossier.TestSites;
import org.dossier.build.BuildOptions;
import org.dossier.build.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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
            // a raw request, because HTTP clients normalise "/../" away before sending
            try (Socket s = new Socket("127.0.0.1", server.port())) {
                OutputStream o = s.getOutputStream();
                o.write("GET /../secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                o.flush();
                String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertFalse(response.contains("SECRET"), response);
                assertTrue(response.startsWith("HTTP/1.1 404") || response.startsWith("HTTP/1.1 400"), response);
            }
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

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
