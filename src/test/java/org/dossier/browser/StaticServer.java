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
import java.util.Map;

/**
 * A read-only static host for a built site, on 127.0.0.1 under a sub-path (as on a host that publishes the site
 * at https://example.org/some/path/): what a reader's static host does, nothing more. It remembers what it served,
 * for the benchmark's count of the bytes a query downloads.
 */
public final class StaticServer implements AutoCloseable {

    /** One response: the path asked for (below the sub-path) and the bytes sent. */
    public record Served(String path, long bytes) {
    }

    private final java.util.List<Served> served = new java.util.concurrent.CopyOnWriteArrayList<>();

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "xml", "application/xml",
            "txt", "text/plain; charset=utf-8", "svg", "image/svg+xml");

    private final HttpServer server;
    private final Path root;
    private final String prefix;

    public StaticServer(Path root, String prefix) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.prefix = prefix;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(prefix, this::handle);
        server.start();
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
            Path file = root.resolve(path.substring(prefix.length())).normalize();
            if (file.startsWith(root) && Files.isDirectory(file)) file = file.resolve("index.html");
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            ex.getResponseHeaders().add("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
            ex.sendResponseHeaders(200, body.length);
            served.add(new Served(path.substring(prefix.length()), body.length));
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
