package org.dossier.cli;

import org.dossier.pipeline.BuildOptions;
import org.dossier.pipeline.BuildResult;
import org.dossier.pipeline.Builder;
import org.dossier.pipeline.TranslationReport;
import org.dossier.links.ExternalLinks;
import org.dossier.output.Staging;
import org.dossier.serve.DevServer;
import org.dossier.serve.RebuildLog;
import org.dossier.serve.Rebuild;
import org.dossier.problems.Problem;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * The command line: {@code dossier build | check | serve | i18n | init | new}. Exit 0 on success, 1 on content errors,
 * 2 on bad usage, 3 on an internal error. The arguments are read by {@link Args}.
 */
public final class Main {

    public static final String VERSION = "0.1.0";

    private static final String DESCRIPTION = "Builds a multilingual report site from Markdown and YAML.";

    /** A command: made from its arguments, then called with the streams and environment of the run. */
    abstract static class Command {
        PrintWriter out;
        PrintWriter err;
        /** The environment variables the commands read (GITHUB_ACTIONS, GITHUB_WORKSPACE): given, for tests. */
        Map<String, String> env;

        abstract int call() throws Exception;

        /** Prints problems that stop the command, each with its file and line; exit code 1. */
        int fail(List<Problem> problems) {
            problems.forEach(p -> err.println(p.format()));
            err.flush();
            return 1;
        }
    }

    private record Entry(Args.Spec spec, Function<Args, Command> make) {
    }

    private static final Args.Option SITE = new Args.Option("--site", "DIR", "The site folder (default: the current folder).");
    private static final List<Args.Option> COMMON = List.of(SITE,
            new Args.Option("--lang", "CODE", "Build only this language; the others stay as they were."),
            new Args.Option("--base-url", "URL", "Publish under this URL (overrides base_url), e.g. https://example.org/brief/"),
            new Args.Option("--drafts", null, "Include pages marked draft: true."));
    private static final String VERBOSE = "List every warning, also those that repeat on every build (placeholder links,"
            + " missing UI strings), which are otherwise counted in one line per kind.";

    /** The commands, by name, in the order the help lists them. */
    private static final Map<String, Entry> COMMANDS = commands();

    private static Map<String, Entry> commands() {
        Map<String, Entry> m = new LinkedHashMap<>();
        m.put("build", new Entry(spec("build", "Build the site into site-output/ (or --out). A failed build leaves the"
                + " previous output untouched.",
                new Args.Option("--out", "DIR", "Output folder (default: site-output/ in the site folder)."),
                new Args.Option("--local", null, "For reading from disk without JavaScript: every link to a page ends"
                        + " in index.html (file:// shows a folder listing for a folder address)."),
                new Args.Option("--verbose", null, VERBOSE),
                new Args.Option("--timings", null, "Also print how long each stage of the build took."),
                new Args.Option("--no-cache", null, "Render every page, without the build cache (which is then written"
                        + " anew): the build it makes is the same.")), Build::new));
        m.put("check", new Entry(spec("check", "Build into a temporary folder and report every problem; site-output/ is"
                + " not touched.",
                new Args.Option("--external", null, "Also list every link that leaves the site, with a page that makes"
                        + " it (they are listed, not fetched: the check works offline)."),
                new Args.Option("--local", null, "Check the build made with build --local (links ending in index.html).")),
                Check::new));
        m.put("serve", new Entry(spec("serve", "Build, serve the site on http://127.0.0.1:PORT/ and rebuild when a file"
                + " changes; open tabs reload by themselves, and show the problems of a failed build.",
                new Args.Option("--port", "N", "Port to listen on (default: 4000; 0 picks a free one)."),
                new Args.Option("--out", "DIR", "Output folder (default: site-output/)."),
                new Args.Option("--verbose", null, VERBOSE)), Serve::new));
        m.put("i18n", new Entry(spec("i18n", "Translation status per language: pages translated, started, falling back"
                + " and stale; UI strings missing and unused. --stamp records in each translation the source revision it"
                + " matches.",
                new Args.Option("--json", null, "Print the report as JSON."),
                new Args.Option("--stamp", null, "Write translated_from (the source page's current revision) into the"
                        + " translations of --lang (or of every language): do it once a translation is up to date.")),
                I18n::new));
        m.put("init", new Entry(new Args.Spec("init", Init.DESCRIPTION, List.of(), "DIR", Init.DIR), Init::new));
        m.put("new", new Entry(new Args.Spec("new", New.DESCRIPTION, List.of(SITE), "FILE", New.FILE), New::new));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** A command that builds: the common options, then its own. */
    private static Args.Spec spec(String name, String description, Args.Option... own) {
        List<Args.Option> options = new ArrayList<>(COMMON);
        options.addAll(List.of(own));
        return new Args.Spec(name, description, List.copyOf(options), null, null);
    }

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the CLI with the given streams; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, System.getenv());
    }

    /** Runs the CLI with the given streams, as if the environment held {@code env}; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        try {
            return run(List.of(args), o, e, Map.copyOf(env));
        } catch (OutOfMemoryError x) {
            e.println("dossier: out of memory — the site needs more memory than Java may use; allow more, e.g."
                    + " JAVA_TOOL_OPTIONS=-Xmx4g");
            return 3;
        } catch (Exception | StackOverflowError x) {
            e.println("dossier: internal error: " + x + " — please report this with the command you ran");
            return 3;
        } finally {
            o.flush();
            e.flush();
        }
    }

    private static int run(List<String> args, PrintWriter out, PrintWriter err, Map<String, String> env) throws Exception {
        String first = args.isEmpty() ? "" : args.get(0);
        if (first.equals("-V") || first.equals("--version")) {
            out.println(version());
            return 0;
        }
        if (first.equals("-h") || first.equals("--help")) {
            out.print(help());
            return 0;
        }
        Entry entry = COMMANDS.get(first);
        if (entry == null) {
            if (!first.isEmpty()) err.println("Unknown command: '" + first + "'");
            (first.isEmpty() ? out : err).print(help());
            return 2;
        }
        Args a;
        try {
            a = Args.parse(entry.spec(), args.subList(1, args.size()));
        } catch (Args.Usage u) {
            return usage(u, entry.spec(), err);
        }
        if (a.flag("--help")) {
            out.print(Args.help(entry.spec()));
            return 0;
        }
        if (a.flag("--version")) {
            out.println(version());
            return 0;
        }
        try {
            Command c = entry.make().apply(a);
            c.out = out;
            c.err = err;
            c.env = env;
            return c.call();
        } catch (Args.Usage u) {
            return usage(u, entry.spec(), err);
        }
    }

    private static int usage(Args.Usage u, Args.Spec spec, PrintWriter err) {
        err.println(u.getMessage());
        err.print(Args.help(spec));
        return 2;
    }

    private static String version() {
        return "dossier " + VERSION + " (Java " + System.getProperty("java.version") + ", "
                + System.getProperty("java.vm.name") + ")";
    }

    private static String help() {
        StringBuilder h = new StringBuilder("Usage: dossier [-hV] COMMAND\n" + DESCRIPTION + "\n"
                + "  -h, --help      Show this help message and exit.\n"
                + "  -V, --version   Print version information and exit.\nCommands:\n");
        for (Entry e : COMMANDS.values()) {
            String d = e.spec().description();
            int end = d.indexOf(". ");
            Args.wrap(String.format("  %-6s  %s", e.spec().name(), end < 0 ? d : d.substring(0, end + 1)), 10, h);
        }
        return h.append("Each command takes --help.\n").toString();
    }

    /** Options shared by the commands that build. */
    abstract static class Common extends Command {
        final Path site;
        final String lang;
        final String baseUrl;
        final boolean drafts;

        Common(Args a) {
            site = a.path("--site", Path.of("."));
            lang = a.value("--lang");
            baseUrl = a.value("--base-url");
            drafts = a.flag("--drafts");
        }

        BuildOptions options(Path out) {
            Path root = site.toAbsolutePath().normalize();
            return new BuildOptions(root, out == null ? root.resolve("site-output") : out.toAbsolutePath(),
                    Optional.ofNullable(lang), Optional.ofNullable(baseUrl), drafts);
        }

        /** In GitHub Actions, what goes before a problem's file in an annotation (see GitHubAnnotations); else null. */
        String annotations() {
            return GitHubAnnotations.on(env) ? GitHubAnnotations.prefix(site, env) : null;
        }

        /**
         * Prints the problems (all of them when {@code full}, else with the repeating warnings counted:
         * ProblemReport), in GitHub Actions also as annotations, then the summary.
         */
        void report(BuildResult r, boolean full) {
            ProblemReport.lines(r.problems(), full).forEach(err::println);
            err.flush();
            String annotations = annotations();
            if (annotations != null) GitHubAnnotations.commands(r.problems(), annotations, full).forEach(out::println);
            out.println(r.summary());
            out.flush();
        }
    }

    static final class Build extends Common {
        final Path outDir;
        final boolean local;
        final boolean verbose;
        final boolean timings;
        final boolean noCache;

        Build(Args a) {
            super(a);
            outDir = a.path("--out", null);
            local = a.flag("--local");
            verbose = a.flag("--verbose");
            timings = a.flag("--timings");
            noCache = a.flag("--no-cache");
        }

        @Override
        int call() {
            BuildOptions o = options(outDir).withLocal(local);
            if (noCache) {
                try {
                    Staging.deleteTree(org.dossier.pipeline.BuildCache.folder(o.out()));
                } catch (IOException e) {
                    // a cache that cannot be deleted is not read either: it is written anew
                }
            }
            BuildResult r = Builder.build(o);
            report(r, verbose);
            if (timings) out.println(org.dossier.pipeline.Timings.format(r.stages()));
            return r.ok() ? 0 : 1;
        }
    }

    static final class Check extends Common {
        final boolean external;
        final boolean local;

        Check(Args a) {
            super(a);
            external = a.flag("--external");
            local = a.flag("--local");
        }

        @Override
        int call() throws IOException {
            Path tmp = Files.createTempDirectory("dossier-check-");
            try {
                BuildResult r = Builder.build(options(tmp.resolve("site")).withLocal(local));
                if (external && r.ok()) out.print(ExternalLinks.report(ExternalLinks.in(tmp.resolve("site"))));
                report(r, true);
                return r.ok() ? 0 : 1;
            } finally {
                Staging.deleteTree(tmp);
            }
        }
    }

    static final class Serve extends Common {
        final int port;
        final Path outDir;
        final boolean verbose;

        Serve(Args a) {
            super(a);
            port = a.number("--port", 4000);
            outDir = a.path("--out", null);
            verbose = a.flag("--verbose");
        }

        @Override
        int call() throws Exception {
            PrintWriter said = out;
            RebuildLog log = new RebuildLog(problems -> {
                ProblemReport.lines(problems, verbose).forEach(err::println);
                err.flush();
            }, line -> {
                said.println(line);
                said.flush();
            });
            BuildOptions options = options(outDir);
            try (DevServer server = new DevServer(options, port, Rebuild.cached(options), log)) {
                server.start();
                said.println("Serving on " + server.address() + " — press Ctrl+C to stop");
                new CountDownLatch(1).await();
            }
            return 0;
        }
    }

    static final class I18n extends Common {
        final boolean json;
        final boolean stamp;

        I18n(Args a) {
            super(a);
            json = a.flag("--json");
            stamp = a.flag("--stamp");
        }

        @Override
        int call() throws IOException {
            if (stamp) {
                Builder.Loaded loaded = Builder.load(options(null));
                if (loaded.model() == null) return fail(loaded.problems().all());
                int n = TranslationReport.stamp(loaded.model(), lang);
                out.println("Stamped " + n + " translation" + (n == 1 ? "" : "s") + " with their source's revision.");
            }
            Path tmp = Files.createTempDirectory("dossier-i18n-");
            try {
                BuildOptions options = options(tmp.resolve("site")).withLang(null);
                Builder.Loaded loaded = Builder.load(options);
                if (loaded.model() == null) return fail(loaded.problems().all());
                BuildResult built = Builder.build(options, loaded);
                java.util.Set<String> used = new java.util.HashSet<>(built.usedStrings());
                used.addAll(TranslationReport.referencedStrings(loaded.model().config()));
                List<TranslationReport.Status> statuses = TranslationReport.of(loaded.model(), used).stream()
                        .filter(s -> lang == null || s.code().equals(lang)).toList();
                String def = loaded.model().config().defaultLanguage();
                out.print(json ? TranslationReport.json(statuses, def) + System.lineSeparator() : TranslationReport.text(statuses, def));
                out.flush();
                return 0;
            } finally {
                Staging.deleteTree(tmp);
            }
        }
    }
}
