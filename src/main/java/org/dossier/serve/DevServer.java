package org.dossier.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.dossier.output.HostFiles;
import org.dossier.pipeline.BuildOptions;
import org.dossier.pipeline.BuildResult;
import org.dossier.problems.Problem;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The editor's preview: builds the site, serves the output on 127.0.0.1 only, and rebuilds when a file under
 * content/, themes/ or i18n/ changes ({@link Watcher}, through a {@link Rebuild}). Every open tab reloads by itself
 * after a build that changed its page, and shows the problems of a failed build over the last good one
 * ({@link LiveReload}). Serves nothing outside the output folder, and refuses addresses no site file can have
 * ({@link RequestPath}). Like the real host, it serves the output under the base URL's path ("/brief/" for
 * https://example.org/brief/), so the root-absolute links of a 404 page resolve; "/" redirects there, and any other
 * address outside it is a 404.
 */
public final class DevServer implements AutoCloseable {

    /** Told about every build: the first one (with no changed files) and each rebuild. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param changed the source files (and folders) that changed, relative to the site folder; empty for the
         *                first build
         */
        void built(Set<String> changed, Rebuild.Outcome outcome);

        /**
         * Told before a rebuild when its preview is shown: the output files served from memory
         * until the rebuild is done, and how long the preview took.
         */
        default void previewed(Set<String> files, Duration took) {
        }
    }

    /** The site's source folders, watched for changes. */
    static final List<String> SOURCES = List.of("content", "themes", "i18n");

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"), Map.entry("pdf", "application/pdf"));

    private final BuildOptions options;
    private final Path out;
    private final Rebuild rebuild;
    private final Listener listener;
    private final LiveReload live = new LiveReload();
    private final Watcher watcher;
    private final HttpServer server;
    private final ExecutorService requests;
    private final ScheduledExecutorService pings;
    private final Thread watching;
    private volatile String basePath = "/";
    /** The preview of an edit, served in place of those output files until the rebuild after it is done. */
    private volatile Map<String, byte[]> overlay = Map.of();
    /** Files a preview showed whose rebuild failed: the tabs showing them must reload after the next good one. */
    private final Set<String> unsettled = new HashSet<>();

    /** The server with a full build on every change, telling {@code onBuild} each build's result. */
    public DevServer(BuildOptions options, int port, Consumer<BuildResult> onBuild) throws IOException {
        this(options, port, Rebuild.cached(options), (changed, outcome) -> onBuild.accept(outcome.result()));
    }

    /** Builds once (with {@code rebuild}, no changed files), and prepares to serve on {@code port} (0: any free one). */
    public DevServer(BuildOptions options, int port, Rebuild rebuild, Listener listener) throws IOException {
        this.options = options;
        this.out = options.out().toAbsolutePath().normalize();
        this.rebuild = rebuild;
        this.listener = listener;
        this.watcher = new Watcher(options.root(), SOURCES); // before the first build: no change goes unseen
        try {
            build(Set.of());
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException | RuntimeException e) {
            watcher.close();
            throw e;
        }
        server.createContext("/", this::handle);
        requests = Executors.newFixedThreadPool(8, daemon("dossier-serve"));
        server.setExecutor(requests);
        pings = Executors.newSingleThreadScheduledExecutor(daemon("dossier-ping"));
        watching = daemon("dossier-watch").newThread(this::watch);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    public void start() {
        server.start();
        watching.start();
        pings.scheduleWithFixedDelay(live::ping, 15, 15, TimeUnit.SECONDS);
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
        watching.interrupt();
        try {
            watcher.close();
        } catch (IOException e) {
            // nothing left to release
        }
        pings.shutdownNow();
        live.close();
        server.stop(0);
        requests.shutdownNow();
        try {
            watching.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The state the tabs were last told (for tests). */
    String liveState() {
        return live.state();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path;
        try {
            URI uri = ex.getRequestURI();
            String raw = uri.getRawPath();
            int length = (raw == null ? 0 : raw.length()) + (uri.getRawQuery() == null ? 0 : uri.getRawQuery().length() + 1);
            path = RequestPath.decode(raw, length);
        } catch (RequestPath.Refused r) {
            try (ex) {
                text(ex, r.status, (r.status == 414 ? "URI too long: " : "Bad request: ") + r.getMessage() + "\n");
            }
            return;
        }
        if (!loopback(ex.getRequestHeaders().getFirst("Host"))) {
            try (ex) {
                text(ex, 403, "Forbidden: the preview answers to 127.0.0.1 and localhost only\n");
            }
            return;
        }
        String method = ex.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            try (ex) {
                ex.getResponseHeaders().add("Allow", "GET, HEAD");
                text(ex, 405, "Method not allowed: the preview only reads\n");
            }
            return;
        }
        if (path.startsWith(LiveReload.PREFIX)) {
            live.handle(ex, path); // the event stream stays open
            return;
        }
        try (ex) {
            try {
                serve(ex, ex.getRequestURI().getRawPath(), path);
            } catch (IOException | RuntimeException e) {
                // a file read while a build swapped the output in, say: an answer, if none has started
                if (ex.getResponseCode() != -1) throw e;
                text(ex, 500, "The preview could not read this file (" + e.getMessage() + "): reload the page\n");
            }
        }
    }

    /**
     * Whether the request was addressed to this machine by a loopback name: a page of another site that gets its
     * name resolved to 127.0.0.1 (DNS rebinding) is not allowed to read the preview.
     */
    static boolean loopback(String host) {
        if (host == null) return true; // HTTP/1.0
        String name = host.trim().toLowerCase(Locale.ROOT).replaceFirst(":\\d*$", "");
        return name.equals("127.0.0.1") || name.equals("localhost") || name.equals("[::1]");
    }

    private void serve(HttpExchange ex, String raw, String path) throws IOException {
        String base = basePath;
        if (!path.startsWith(base)) {
            outside(ex, path, base);
            return;
        }
        String rel = path.substring(base.length());
        Path file = inOutput(rel);
        if (file == null) {
            send(ex, 404, notFoundPage(out, "/"), path);
            return;
        }
        if (Files.isDirectory(file)) {
            if (!raw.endsWith("/")) {
                ex.getResponseHeaders().add("Location", raw + "/");
                body(ex, 301, new byte[0]);
                return;
            }
            file = file.resolve("index.html");
        }
        if (Files.isRegularFile(file)) send(ex, 200, file, path);
        else send(ex, 404, notFoundPage(out, "/" + rel), path);
    }

    /**
     * The file at {@code rel} (relative to the output folder), or null when it is not one of the site's: outside the
     * output folder (a link leading out of it included) or hidden (a name starting with '.', as the output's marker).
     */
    private Path inOutput(String rel) {
        Path file = out;
        try {
            for (String segment : rel.split("/")) {
                if (segment.isEmpty()) continue;
                if (segment.startsWith(".")) return null;
                file = file.resolve(segment);
            }
        } catch (InvalidPathException e) {
            return null;
        }
        file = file.normalize();
        if (!file.startsWith(out)) return null;
        try {
            if (Files.exists(file) && !file.toRealPath().startsWith(out.toRealPath())) return null;
        } catch (IOException e) {
            return null;
        }
        return file;
    }

    /** "/" (or the base path without its slash) redirects to the site; anything else outside it is not the site's. */
    private static void outside(HttpExchange ex, String path, String base) throws IOException {
        if (path.equals("/") || path.equals(base.substring(0, base.length() - 1))) {
            ex.getResponseHeaders().add("Location", base);
            body(ex, 302, new byte[0]);
            return;
        }
        text(ex, 404, "Not found: this site is served under " + base + "\n");
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

    /**
     * Sends {@code file}; an HTML page gets the live script. {@code requested} is the decoded address asked for: it
     * stands for the page when the file is missing too (no 404 page yet: a page of the server's own, with the script).
     */
    private void send(HttpExchange ex, int status, Path file, String requested) throws IOException {
        String build = live.build(); // before reading the file, see LiveReload.inject
        ex.getResponseHeaders().add("Cache-Control", "no-store");
        byte[] shown = overlay.get(out.relativize(file).toString().replace('\\', '/'));
        if (shown == null && !Files.isRegularFile(file)) {
            ex.getResponseHeaders().add("Content-Type", TYPES.get("html"));
            body(ex, status, LiveReload.inject(NO_PAGE, requested, build).getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] bytes = shown != null ? shown : Files.readAllBytes(file);
        String name = file.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        ex.getResponseHeaders().add("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
        if (ext.equals("html")) {
            String address = basePath + out.relativize(file).toString().replace('\\', '/');
            bytes = LiveReload.inject(new String(bytes, StandardCharsets.UTF_8), address, build)
                    .getBytes(StandardCharsets.UTF_8);
        }
        body(ex, status, bytes);
    }

    /** The page for a missing address when the output has no 404 page (the site has not built yet). */
    private static final String NO_PAGE = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + HostFiles.CSP_META + "\">"
            + "<title>Not found</title></head><body><main><h1>Not found</h1><p>There is no page at this address: the site"
            + " has not been built yet, or has no 404 page.</p></main></body></html>";

    /** A short plain-text answer. */
    static void text(HttpExchange ex, int status, String message) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
        body(ex, status, message.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends the status and {@code body} (only the status and headers to a HEAD request). */
    static void body(HttpExchange ex, int status, byte[] body) throws IOException {
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (head || body.length == 0) return;
        try (OutputStream os = ex.getResponseBody()) {
            os.write(body);
        }
    }

    /** Waits for changes and rebuilds, until closed. */
    private void watch() {
        while (!Thread.currentThread().isInterrupted()) {
            Set<String> changed;
            try {
                changed = watcher.next();
            } catch (InterruptedException e) {
                return;
            }
            build(changed);
        }
    }

    /**
     * Rebuilds; on success the output is served under the build's base path. A failed build left the output as it
     * was: the tabs keep it, with the problems over it.
     */
    private void build(Set<String> changed) {
        Map<String, byte[]> shown = changed.isEmpty() ? Map.of() : preview(changed);
        Rebuild.Outcome outcome;
        try {
            outcome = rebuild.run(changed);
        } catch (RuntimeException e) {
            Problem internal = Problem.error("", 0, 0, "internal error while building: " + e,
                    "please report this, with the change that led to it");
            outcome = new Rebuild.Outcome(new BuildResult(false, Map.of(), List.of(internal), Duration.ZERO, Set.of(),
                    basePath), Optional.of(Set.of()));
        }
        BuildResult r = outcome.result();
        String was = basePath;
        if (r.ok()) basePath = r.basePath();
        String base = basePath;
        Optional<Set<String>> addresses = was.equals(base)
                ? outcome.changedOutputs().map(files -> news(files, shown, r.ok()).stream().map(f -> base + f)
                .collect(Collectors.toSet()))
                : Optional.empty(); // every address moved
        overlay = Map.of(); // the output now holds what the preview showed, or the build failed
        live.built(r.ok(), addresses, r.problems(), options.root());
        listener.built(changed, outcome);
    }

    /**
     * Shows the preview of an edit when the rebuild has one: its pages are served from memory, and the tabs showing
     * them reload at once, ahead of the rebuild. Returns the files shown.
     */
    private Map<String, byte[]> preview(Set<String> changed) {
        long start = System.nanoTime();
        Map<String, String> pages;
        try {
            pages = rebuild.preview(changed).orElse(Map.of());
        } catch (RuntimeException e) {
            return Map.of(); // the rebuild will tell
        }
        if (pages.isEmpty()) return Map.of();
        Map<String, byte[]> bytes = new HashMap<>();
        pages.forEach((file, html) -> bytes.put(file, html.getBytes(StandardCharsets.UTF_8)));
        overlay = Map.copyOf(bytes); // before the tabs are told: a tab that reloads gets the preview
        String base = basePath;
        Set<String> swap = bytes.entrySet().stream().filter(e -> onlyMainDiffers(out.resolve(e.getKey()), e.getValue()))
                .map(e -> base + e.getKey()).collect(Collectors.toSet());
        live.built(true, Optional.of(bytes.keySet().stream().map(f -> base + f).collect(Collectors.toSet())), swap,
                List.of(), options.root());
        listener.previewed(Set.copyOf(bytes.keySet()), Duration.ofNanos(System.nanoTime() - start));
        return overlay;
    }

    /**
     * The files a rebuild changed that are news to the tabs: not those a preview showed as the rebuild made them, but
     * those it showed otherwise; after a failed rebuild, the preview's files are news to the next good one.
     */
    private Set<String> news(Set<String> changed, Map<String, byte[]> shown, boolean ok) {
        if (!ok) {
            unsettled.addAll(shown.keySet());
            return changed;
        }
        Set<String> news = new HashSet<>(changed);
        news.addAll(unsettled);
        unsettled.clear();
        shown.forEach((file, bytes) -> {
            if (sameAs(out.resolve(file), bytes)) news.remove(file);
            else news.add(file);
        });
        return news;
    }

    /** Whether the page {@code html} differs from the one in {@code file} only inside its {@code <main>} element. */
    static boolean onlyMainDiffers(Path file, byte[] html) {
        try {
            String before = Files.readString(file, StandardCharsets.UTF_8);
            String after = new String(html, StandardCharsets.UTF_8);
            int start = before.indexOf("<main"), end = before.lastIndexOf("</main>");
            int start2 = after.indexOf("<main"), end2 = after.lastIndexOf("</main>");
            return start >= 0 && end > start && start2 >= 0 && end2 > start2
                    && before.substring(0, start).equals(after.substring(0, start2))
                    && before.substring(end).equals(after.substring(end2));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private static boolean sameAs(Path file, byte[] bytes) {
        try {
            return Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (IOException e) {
            return false;
        }
    }
}
