package org.dossier.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A read-only static host for a built site, on 127.0.0.1 under a sub-path (as on a host that publishes the site
 * at https://example.org/some/path/): what a reader's static host does, nothing more. Like Netlify and Cloudflare
 * Pages, it sends the headers the site's {@code _headers} file gives for each path (so the browser tests run under
 * the site's real Content-Security-Policy). It remembers what it served, for the benchmark's count of the bytes a
 * query downloads.
 */
public final class StaticServer implements AutoCloseable {

    /** One response: the path asked for (below the sub-path) and the bytes sent. */
    public record Served(String path, long bytes) {
    }

    /**
     * A slow network, on purpose: pages arrive in chunks of {@code chunk} bytes with {@code pause} ms between them (so
     * the browser draws the page again and again while it is still being read), and stylesheets and scripts only after
     * {@code assetDelay} ms. The page's header (from {@code <body} to {@code </header>}) comes in pieces of
     * {@code headerChunk} bytes, so that the browser draws it with each of its parts half-read (a language list with
     * only its first link), whatever the moments its parser would have paused on its own. With CPU throttling in the
     * browser, this is how a page loads on a slow phone, every time.
     */
    public record Throttle(int chunk, int headerChunk, long pause, long assetDelay) {
        public static final Throttle NONE = new Throttle(Integer.MAX_VALUE, Integer.MAX_VALUE, 0, 0);

        /** How many bytes to send from {@code at}: {@code headerChunk} inside the header, else {@code chunk}. */
        int piece(int length, int headerFrom, int headerTo, int at) {
            return at >= headerFrom && at < headerTo ? Math.min(headerChunk, headerTo - at)
                    : Math.min(chunk, (at < headerFrom ? headerFrom : length) - at);
        }
    }

    /** A rule of {@code _headers}: a path pattern (below the site root, '*' matches anything) and its headers. */
    record Rule(Pattern path, Map<String, String> headers) {
    }

    private final java.util.List<Served> served = new java.util.concurrent.CopyOnWriteArrayList<>();

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "xml", "application/xml",
            "txt", "text/plain; charset=utf-8", "svg", "image/svg+xml", "json", "application/json",
            "ico", "image/x-icon", "png", "image/png", "webmanifest", "application/manifest+json");

    private final HttpServer server;
    private final Path root;
    private final String prefix;
    private final List<Rule> rules;
    private final Throttle throttle;

    public StaticServer(Path root, String prefix) throws IOException {
        this(root, prefix, Throttle.NONE);
    }

    public StaticServer(Path root, String prefix, Throttle throttle) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.prefix = prefix;
        this.throttle = throttle;
        Path headers = this.root.resolve("_headers");
        rules = Files.isRegularFile(headers) ? parseHeaders(Files.readString(headers)) : List.of();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(prefix, this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "static-server");
            t.setDaemon(true);
            return t;
        })); // a slow response does not hold up the others
        server.start();
    }

    /**
     * The rules of a {@code _headers} file: a path line, then indented {@code Name: value} lines; '#' starts a
     * comment. The file names paths as the site is published (its base URL's path, "/" or "/brief/"); that common
     * base of every rule is taken off, so that the rules apply below this server's own sub-path.
     */
    static List<Rule> parseHeaders(String text) {
        Map<String, Map<String, String>> byPath = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String line : text.split("\r?\n")) {
            if (line.isBlank() || line.strip().startsWith("#")) continue;
            if (!Character.isWhitespace(line.charAt(0))) {
                current = byPath.computeIfAbsent(line.strip(), k -> new LinkedHashMap<>());
            } else if (current != null && line.indexOf(':') > 0) {
                int colon = line.indexOf(':');
                current.merge(line.substring(0, colon).strip(), line.substring(colon + 1).strip(), (a, b) -> a + ", " + b);
            }
        }
        String base = null;
        for (String path : byPath.keySet()) {
            String dir = path.substring(0, path.lastIndexOf('/') + 1);
            if (base == null) base = dir;
            while (!dir.startsWith(base)) base = base.substring(0, base.lastIndexOf('/', base.length() - 2) + 1);
        }
        List<Rule> rules = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> e : byPath.entrySet()) {
            String path = e.getKey().substring(base.length());
            StringBuilder re = new StringBuilder();
            for (String part : path.split("\\*", -1)) re.append(Pattern.quote(part)).append(".*");
            rules.add(new Rule(Pattern.compile(re.substring(0, re.length() - 2)), e.getValue()));
        }
        return rules;
    }

    /** The headers the site's {@code _headers} gives for a path below the site root ("en/x/"); later rules add. */
    Map<String, String> headersFor(String path) {
        Map<String, String> h = new LinkedHashMap<>();
        for (Rule r : rules) {
            if (r.path().matcher(path).matches()) r.headers().forEach((k, v) -> h.merge(k, v, (a, b) -> a + ", " + b));
        }
        return h;
    }

    /** Everything served since the last call, oldest first. */
    public java.util.List<Served> drain() {
        java.util.List<Served> list = java.util.List.copyOf(served);
        served.clear();
        return list;
    }

    /** The site's address, ending in '/'. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = URLDecoder.decode(ex.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            String below = path.substring(prefix.length());
            Path file = root.resolve(below).normalize();
            if (file.startsWith(root) && Files.isDirectory(file)) file = file.resolve("index.html");
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            headersFor(below).forEach((k, v) -> ex.getResponseHeaders().add(k, v));
            ex.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
            served.add(new Served(below, body.length));
            try {
                if (!ext.equals("html")) Thread.sleep(ext.equals("css") || ext.equals("js") ? throttle.assetDelay() : 0);
                ex.sendResponseHeaders(200, body.length);
                try (OutputStream os = ex.getResponseBody()) {
                    String text = ext.equals("html") ? new String(body, java.nio.charset.StandardCharsets.ISO_8859_1) : "";
                    int from = text.indexOf("<body");
                    int to = from < 0 ? -1 : text.indexOf("</header>", from);
                    if (to < 0) from = to = body.length;
                    for (int at = 0, n; at < body.length; at += n) {
                        if (at > 0) Thread.sleep(throttle.pause());
                        n = throttle.piece(body.length, from, to, at);
                        os.write(body, at, n);
                        os.flush();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
