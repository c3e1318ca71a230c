package org.dossier.serve;

import com.sun.net.httpserver.HttpExchange;
import org.dossier.output.Json;
import org.dossier.problems.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Live reload and the problems overlay, the browser's side of the dev server. Every HTML page the server sends gets
 * one script tag before its {@code </body>}: {@code <script src="/__dossier/live.js" …>}, a file of the server (the
 * built files never hold it). The site's Content-Security-Policy ({@code script-src 'self'; connect-src 'self'}) allows
 * it as it is: no inline script, no nonce, nothing weakened. The script listens to the server-sent events of
 * {@code /__dossier/events} (through one shared worker for all the tabs, so that tabs do not use up the browser's six
 * connections to the server) and reloads its tab, keeping the scroll position, when a build changed its page or a file
 * it loaded; when a build fails, it shows the problems over the page (the last good build stays served).
 *
 * <p>Every event is the whole state, so that a tab that connects late — opened on a broken build, or reconnecting —
 * needs nothing else: {@code {"build": id, "from": id, "ok": bool, "changed": [paths] or "all", "problems": [...]}}.
 * {@code build} is the served build, {@code from} the one before it, {@code changed} the addresses of the files that
 * differ between the two ("/en/editorial/index.html"); {@code ok} false means that the latest build failed with
 * {@code problems} (its errors, each with {@code file, line, column, message, hint, source, caret}). A tab showing
 * build {@code from} reloads when {@code changed} holds its page or a file it loaded; a tab showing any other build
 * reloads anyway. An event may also hold {@code "swap": [paths]}, pages of {@code changed} that differ only inside their
 * {@code <main>} (the preview of an edited text): a tab showing one of them, and no other changed file, fetches its
 * page and puts the new {@code <main>} in place of its own, with no reload (then fires {@code dossier:swapped} on the
 * document, for a theme's scripts that work inside it); it reloads if that fails.
 */
final class LiveReload {

    /** Under this path the server answers itself; no site has it (content and theme files never start with "_"). */
    static final String PREFIX = "/__dossier/";
    static final String EVENTS = PREFIX + "events";

    /** More changed files than this, and the event says "all" instead of listing them. */
    static final int MOST_LISTED = 1000;

    private static final List<String> FILES = List.of("live.js", "live-worker.js", "live.css");
    private static final Pattern BODY_END = Pattern.compile("(?i)</body\\s*>");

    private final String serverId = Long.toString(System.currentTimeMillis(), 36);
    private final CopyOnWriteArrayList<Client> clients = new CopyOnWriteArrayList<>();
    private volatile State state;
    private int count;

    /** One tab's (or shared worker's) event stream. */
    private record Client(HttpExchange exchange, OutputStream out) {
    }

    /** What the last event said; {@code changed} null for "all", {@code problems} already as JSON. */
    private record State(String build, String from, boolean ok, List<String> changed, List<String> swap, String problems) {

        String json() {
            StringBuilder sb = new StringBuilder("{\"build\":");
            Json.str(sb, build);
            sb.append(",\"from\":");
            Json.str(sb, from);
            sb.append(",\"ok\":").append(ok).append(",\"changed\":");
            if (changed == null) sb.append("\"all\"");
            else Json.strings(sb, changed);
            if (!swap.isEmpty()) Json.strings(sb.append(",\"swap\":"), swap);
            return sb.append(",\"problems\":").append(problems).append('}').toString();
        }

        /** The same for a tab that connects now: the changes of the last build are not news to it. */
        State resumed() {
            return new State(build, build, ok, List.of(), List.of(), problems);
        }
    }

    LiveReload() {
        String first = serverId + "-0";
        state = new State(first, first, true, List.of(), List.of(), "[]");
    }

    /** The build the server now serves (changes on every successful build). */
    String build() {
        return state.build();
    }

    /**
     * Announces a build to every tab.
     *
     * @param changed the addresses of the changed files, or empty when not known (every tab then reloads)
     * @param root    the site folder, to read the lines the problems point at
     */
    synchronized void built(boolean ok, Optional<Set<String>> changed, List<Problem> problems, Path root) {
        built(ok, changed, Set.of(), problems, root);
    }

    /**
     * The same, for a build that changed the pages at the addresses {@code swap} inside their {@code <main>} only:
     * a tab showing one of them, and nothing else that changed, replaces its {@code <main>} with the new page's
     * instead of reloading.
     */
    synchronized void built(boolean ok, Optional<Set<String>> changed, Set<String> swap, List<Problem> problems,
                            Path root) {
        State was = state;
        if (ok) {
            List<String> list = changed.filter(c -> c.size() <= MOST_LISTED).map(c -> c.stream().sorted().toList())
                    .orElse(null);
            state = new State(serverId + "-" + ++count, was.build(), true, list,
                    list == null ? List.of() : swap.stream().sorted().toList(), "[]");
        } else {
            state = new State(was.build(), was.build(), false, List.of(), List.of(),
                    problems(problems.stream().filter(Problem::isError).toList(), root));
        }
        send("data: " + state.json() + "\n\n");
    }

    /** The problems as JSON, each with the source line it points at. */
    static String problems(List<Problem> problems, Path root) {
        StringBuilder sb = new StringBuilder("[");
        for (Problem p : problems) {
            Optional<SourceExcerpt> source = SourceExcerpt.of(root, p);
            sb.append(sb.length() == 1 ? "{" : ",{");
            field(sb, "file", p.file() == null || p.file().isEmpty() ? "(site)" : p.file()).append(',');
            sb.append("\"line\":").append(p.line()).append(",\"column\":").append(p.column()).append(',');
            field(sb, "message", p.message()).append(',');
            field(sb, "hint", p.hint() == null ? "" : p.hint()).append(',');
            field(sb, "source", source.map(SourceExcerpt::line).orElse("")).append(',');
            field(sb, "caret", source.map(SourceExcerpt::caret).orElse("")).append('}');
        }
        return sb.append(']').toString();
    }

    private static StringBuilder field(StringBuilder sb, String name, String value) {
        Json.str(sb, name);
        sb.append(':');
        Json.str(sb, value);
        return sb;
    }

    /** What the last event said, as JSON (for tests). */
    String state() {
        return state.json();
    }

    /**
     * Answers a request under {@link #PREFIX}: the event stream, or one of the script and style files. The event
     * stream stays open (the exchange is kept, not closed) until the tab goes away or the server stops.
     */
    void handle(HttpExchange ex, String path) throws IOException {
        if (path.equals(EVENTS)) {
            ex.getResponseHeaders().add("Content-Type", "text/event-stream; charset=utf-8");
            ex.getResponseHeaders().add("Cache-Control", "no-store");
            ex.sendResponseHeaders(200, 0);
            Client c = new Client(ex, ex.getResponseBody());
            synchronized (this) {
                clients.add(c);
                write(c, "retry: 1000\ndata: " + state.resumed().json() + "\n\n");
            }
            return;
        }
        String name = path.substring(PREFIX.length());
        byte[] body;
        try (InputStream in = FILES.contains(name) ? LiveReload.class.getResourceAsStream(name) : null) {
            body = in == null ? null : in.readAllBytes();
        }
        try (ex) {
            ex.getResponseHeaders().add("Cache-Control", "no-store");
            if (body == null) {
                DevServer.text(ex, 404, "Not found: the dev server has no " + path + "\n");
                return;
            }
            ex.getResponseHeaders().add("Content-Type", name.endsWith(".css") ? "text/css; charset=utf-8"
                    : "text/javascript; charset=utf-8");
            DevServer.body(ex, 200, body);
        }
    }

    /** A comment line to every stream, so that streams of tabs gone away are noticed and closed. */
    void ping() {
        send(": ping\n\n");
    }

    private synchronized void send(String event) {
        for (Client c : clients) write(c, event);
    }

    private void write(Client c, String event) {
        try {
            c.out().write(event.getBytes(StandardCharsets.UTF_8));
            c.out().flush();
        } catch (IOException e) {
            clients.remove(c);
            c.exchange().close();
        }
    }

    /** Ends every stream (the server is stopping). */
    synchronized void close() {
        for (Client c : clients) c.exchange().close();
        clients.clear();
    }

    /** Number of open event streams (for tests). */
    int clients() {
        return clients.size();
    }

    /**
     * The page with the live script added before its last {@code </body>} (at the end when it has none).
     *
     * @param page  the address of the file served, e.g. "/en/404.html" for a missing page of /en/
     * @param build the {@link #build} the server was serving before it read the file (read after, it could name a
     *              newer build than the file's, and the tab would miss that build's reload)
     */
    static String inject(String html, String page, String build) {
        String tag = "<script src=\"" + PREFIX + "live.js\" data-build=\"" + build + "\" data-page=\""
                + attribute(page) + "\" defer></script>";
        Matcher m = BODY_END.matcher(html);
        int at = -1;
        while (m.find()) at = m.start();
        return at < 0 ? html + tag : html.substring(0, at) + tag + html.substring(at);
    }

    private static String attribute(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
