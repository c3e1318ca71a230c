package org.dossier.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.dossier.pipeline.BuildOptions;
import org.dossier.pipeline.BuildResult;
import org.dossier.pipeline.Builder;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The editor's preview: builds the site, serves the output on 127.0.0.1 only, and rebuilds when a file under
 * content/, themes/ or i18n/ changes. Serves nothing outside the output folder. Like the real host, it serves the
 * output under the base URL's path ("/brief/" for https://example.org/brief/), so the root-absolute links of a 404
 * page resolve; "/" redirects there, and any other address outside it is a 404.
 */
public final class DevServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"), Map.entry("pdf", "application/pdf"));

    private final BuildOptions options;
    private final HttpServer server;
    private final Thread watcher;
    private final Consumer<BuildResult> onBuild;
    private volatile boolean running = true;
    private volatile String basePath = "/";

    public DevServer(BuildOptions options, int port, Consumer<BuildResult> onBuild) throws IOException {
        this.options = options;
        this.onBuild = onBuild;
        build();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        watcher = new Thread(this::watch, "dossier-watch");
        watcher.setDaemon(true);
    }

    public void start() {
        server.start();
        watcher.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The site's address on this server, with the base URL's path: "http://127.0.0.1:4000/brief/". */
    public String address() {
        return "http://127.0.0.1:" + port() + basePath;
    }

    @Override
    public void close() {
        running = false;
        server.stop(0);
        watcher.interrupt();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String raw = ex.getRequestURI().getRawPath();
            String path = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
            String base = basePath;
            if (!path.startsWith(base)) {
                outside(ex, path, base);
                return;
            }
            path = path.substring(base.length() - 1);
            Path out = options.out().toAbsolutePath().normalize();
            Path file = out.resolve(path.substring(1)).normalize();
            if (!file.startsWith(out) || file.getFileName() != null && file.getFileName().toString().startsWith(".")) {
                send(ex, 404, notFoundPage(out, "/"));
                return;
            }
            if (Files.isDirectory(file)) {
                if (!raw.endsWith("/")) {
                    ex.getResponseHeaders().add("Location", raw + "/");
                    ex.sendResponseHeaders(301, -1);
                    return;
                }
                file = file.resolve("index.html");
            }
            send(ex, Files.isRegularFile(file) ? 200 : 404, Files.isRegularFile(file) ? file : notFoundPage(out, path));
        }
    }

    /** "/" (or the base path without its slash) redirects to the site; anything else outside it is not the site's. */
    private static void outside(HttpExchange ex, String path, String base) throws IOException {
        if (path.equals("/") || path.equals(base.substring(0, base.length() - 1))) {
            ex.getResponseHeaders().add("Location", base);
            ex.sendResponseHeaders(302, -1);
            return;
        }
        byte[] body = ("Not found: this site is served under " + base + "\n").getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
        ex.sendResponseHeaders(404, body.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(body);
        }
    }

    /**
     * The page for a missing address, as Cloudflare Pages and the site's _redirects (Netlify) choose it: the 404 page
     * of the language folder the address is in ("/it/x/" → it/404.html), else the root's 404.html. {@code path} is
     * relative to the base path, starting with '/'.
     */
    static Path notFoundPage(Path out, String path) {
        String[] parts = path.split("/");
        if (parts.length > 1 && parts[1].matches("[A-Za-z][A-Za-z0-9-]*")) {
            Path own = out.resolve(parts[1]).resolve("404.html");
            if (Files.isRegularFile(own)) return own;
        }
        return out.resolve("404.html");
    }

    private static void send(HttpExchange ex, int status, Path file) throws IOException {
        byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file)
                : "Not found".getBytes(StandardCharsets.UTF_8);
        String name = file.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        ex.getResponseHeaders().add("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
        ex.getResponseHeaders().add("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(body);
        }
    }

    /** Polls the sources twice a second; a changed, added or removed file triggers a full rebuild. */
    private void watch() {
        long last = fingerprint();
        while (running) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
            long now = fingerprint();
            if (now != last) {
                last = now;
                build();
            }
        }
    }

    /** Builds, and on success serves under the build's base path (a failed build leaves the output as was). */
    private void build() {
        BuildResult r = Builder.build(options);
        if (r.ok()) basePath = r.basePath();
        onBuild.accept(r);
    }

    private long fingerprint() {
        long h = 17;
        for (String dir : List.of("content", "themes", "i18n")) {
            Path d = options.root().resolve(dir);
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> s = Files.walk(d)) {
                for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                    h = h * 31 + p.hashCode();
                    h = h * 31 + Files.getLastModifiedTime(p).toMillis();
                    h = h * 31 + Files.size(p);
                }
            } catch (IOException e) {
                // a file vanished while walking: the next poll sees the settled state
            }
        }
        return h;
    }
}
