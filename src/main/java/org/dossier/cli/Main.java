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
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * The command line: {@code dossier build | check | serve | i18n | init | new}. Exit 0 on success, 1 on content errors,
 * 2 on bad usage.
 */
@Command(name = "dossier", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a multilingual report site from Markdown and YAML.")
public final class Main implements Callable<Integer> {

    public static final String VERSION = "0.1.0";

    /** The commands, by name, in the order the help lists them. */
    private static final Map<String, Class<?>> COMMANDS = orderedCommands();

    private static Map<String, Class<?>> orderedCommands() {
        Map<String, Class<?>> m = new java.util.LinkedHashMap<>();
        for (Class<?> c : List.of(Build.class, Check.class, Serve.class, I18n.class, Init.class, New.class)) {
            m.put(c.getAnnotation(Command.class).name(), c);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The environment variables the commands read (GITHUB_ACTIONS, GITHUB_WORKSPACE): given, for tests. */
    private final Map<String, String> env;

    private Main(Map<String, String> env) {
        this.env = env;
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
        CommandLine cl = new CommandLine(new Main(Map.copyOf(env)));
        // picocli reads a command's annotations when it is added, which takes a new process ~0.1 s for all of them:
        // only the command asked for is added (all, for the help and for a name that is none of them)
        Class<?> asked = args.length > 0 ? COMMANDS.get(args[0]) : null;
        for (Class<?> c : asked != null ? List.of(asked) : COMMANDS.values()) cl.addSubcommand(c);
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("dossier: internal error: " + e + " — please report this with the command you ran");
            return 3;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) { // picocli hands on Errors: no stack trace for them either
            err.println("dossier: out of memory — the site needs more memory than Java may use; allow more, e.g."
                    + " JAVA_TOOL_OPTIONS=-Xmx4g");
            return 3;
        } catch (StackOverflowError e) {
            err.println("dossier: internal error: " + e + " — please report this with the command you ran");
            return 3;
        }
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"dossier " + VERSION + " (Java " + System.getProperty("java.version") + ", "
                    + System.getProperty("java.vm.name") + ")"};
        }
    }

    /** Options shared by the commands that build. */
    static class Common {
        @Option(names = "--site", description = "The site folder (default: the current folder).", paramLabel = "DIR")
        Path site = Path.of(".");

        @Option(names = "--lang", description = "Build only this language; the others stay as they were.",
                paramLabel = "CODE")
        String lang;

        @Option(names = "--base-url", description = "Publish under this URL (overrides base_url), e.g. https://example.org/brief/",
                paramLabel = "URL")
        String baseUrl;

        @Option(names = "--drafts", description = "Include pages marked draft: true.")
        boolean drafts;

        @CommandLine.ParentCommand
        Main main;

        BuildOptions options(Path out) {
            Path root = site.toAbsolutePath().normalize();
            return new BuildOptions(root, out == null ? root.resolve("site-output") : out.toAbsolutePath(),
                    Optional.ofNullable(lang), Optional.ofNullable(baseUrl), drafts);
        }

        /** In GitHub Actions, what goes before a problem's file in an annotation (see GitHubAnnotations); else null. */
        String annotations() {
            return GitHubAnnotations.on(main.env) ? GitHubAnnotations.prefix(site, main.env) : null;
        }
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Build the site into site-output/ (or --out). A failed build leaves the previous output untouched.")
    static final class Build extends Common implements Callable<Integer> {
        @Option(names = "--out", description = "Output folder (default: site-output/ in the site folder).", paramLabel = "DIR")
        Path out;

        @Option(names = "--local", description = "For reading from disk without JavaScript: every link to a page ends"
                + " in index.html (file:// shows a folder listing for a folder address).")
        boolean local;

        @Option(names = "--verbose", description = "List every warning, also those that repeat on every build"
                + " (placeholder links, missing UI strings), which are otherwise counted in one line per kind.")
        boolean verbose;

        @Option(names = "--timings", description = "Also print how long each stage of the build took.")
        boolean timings;

        @Option(names = "--no-cache", description = "Render every page, without the build cache (which is then written"
                + " anew): the build it makes is the same.")
        boolean noCache;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            BuildOptions o = options(out).withLocal(local);
            if (noCache) {
                try {
                    Staging.deleteTree(org.dossier.pipeline.BuildCache.folder(o.out()));
                } catch (IOException e) {
                    // a cache that cannot be deleted is not read either: it is written anew
                }
            }
            BuildResult r = Builder.build(o);
            report(r, spec, verbose, annotations());
            if (timings) spec.commandLine().getOut().println(org.dossier.pipeline.Timings.format(r.stages()));
            return r.ok() ? 0 : 1;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Build into a temporary folder and report every problem; site-output/ is not touched.")
    static final class Check extends Common implements Callable<Integer> {
        @Option(names = "--external", description = "Also list every link that leaves the site, with a page that makes it"
                + " (they are listed, not fetched: the check works offline).")
        boolean external;

        @Option(names = "--local", description = "Check the build made with build --local (links ending in index.html).")
        boolean local;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Path tmp = Files.createTempDirectory("dossier-check-");
            try {
                BuildResult r = Builder.build(options(tmp.resolve("site")).withLocal(local));
                if (external && r.ok()) {
                    spec.commandLine().getOut().print(ExternalLinks.report(ExternalLinks.in(tmp.resolve("site"))));
                }
                report(r, spec, true, annotations());
                return r.ok() ? 0 : 1;
            } finally {
                Staging.deleteTree(tmp);
            }
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Build, serve the site on http://127.0.0.1:PORT/ and rebuild when a file changes; open tabs"
                    + " reload by themselves, and show the problems of a failed build.")
    static final class Serve extends Common implements Callable<Integer> {
        @Option(names = "--port", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
        int port = 4000;

        @Option(names = "--out", description = "Output folder (default: site-output/).", paramLabel = "DIR")
        Path out;

        @Option(names = "--verbose", description = "List every warning, also those that repeat on every build"
                + " (placeholder links, missing UI strings), which are otherwise counted in one line per kind.")
        boolean verbose;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            java.io.PrintWriter said = spec.commandLine().getOut();
            java.io.PrintWriter err = spec.commandLine().getErr();
            RebuildLog log = new RebuildLog(problems -> {
                ProblemReport.lines(problems, verbose).forEach(err::println);
                err.flush();
            }, line -> {
                said.println(line);
                said.flush();
            });
            BuildOptions options = options(out);
            try (DevServer server = new DevServer(options, port, Rebuild.cached(options), log)) {
                server.start();
                spec.commandLine().getOut().println("Serving on " + server.address() + " — press Ctrl+C to stop");
                new CountDownLatch(1).await();
            }
            return 0;
        }
    }

    @Command(name = "i18n", mixinStandardHelpOptions = true,
            description = "Translation status per language: pages translated, started, falling back and stale; UI strings missing"
                    + " and unused. --stamp records in each translation the source revision it matches.")
    static final class I18n extends Common implements Callable<Integer> {
        @Option(names = "--json", description = "Print the report as JSON.")
        boolean json;

        @Option(names = "--stamp", description = "Write translated_from (the source page's current revision) into the"
                + " translations of --lang (or of every language): do it once a translation is up to date.")
        boolean stamp;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            java.io.PrintWriter out = spec.commandLine().getOut();
            if (stamp) {
                Builder.Loaded loaded = Builder.load(options(null));
                if (loaded.model() == null) return fail(loaded.problems().all(), spec);
                int n = TranslationReport.stamp(loaded.model(), lang);
                out.println("Stamped " + n + " translation" + (n == 1 ? "" : "s") + " with their source's revision.");
            }
            Path tmp = Files.createTempDirectory("dossier-i18n-");
            try {
                BuildOptions options = options(tmp.resolve("site")).withLang(null);
                Builder.Loaded loaded = Builder.load(options);
                if (loaded.model() == null) return fail(loaded.problems().all(), spec);
                BuildResult built = Builder.build(options, loaded);
                java.util.Set<String> used = new java.util.HashSet<>(built.usedStrings());
                used.addAll(TranslationReport.referencedStrings(loaded.model().config()));
                List<TranslationReport.Status> statuses = TranslationReport.of(loaded.model(), used).stream()
                        .filter(s -> lang == null || s.code().equals(lang)).toList();
                String def = loaded.model().config().defaultLanguage();
                if (json) {
                    out.println(TranslationReport.json(statuses, def));
                } else {
                    out.print(TranslationReport.text(statuses, def));
                }
                out.flush();
                return 0;
            } finally {
                Staging.deleteTree(tmp);
            }
        }
    }

    private static int fail(List<org.dossier.problems.Problem> problems, CommandLine.Model.CommandSpec spec) {
        problems.forEach(p -> spec.commandLine().getErr().println(p.format()));
        spec.commandLine().getErr().flush();
        return 1;
    }

    /**
     * Prints the problems (all of them when {@code full}, else with the repeating warnings counted: ProblemReport), in
     * GitHub Actions also as annotations ({@code annotations}: the path before their files; null elsewhere), then
     * the summary.
     */
    private static void report(BuildResult r, CommandLine.Model.CommandSpec spec, boolean full, String annotations) {
        java.io.PrintWriter err = spec.commandLine().getErr();
        ProblemReport.lines(r.problems(), full).forEach(err::println);
        err.flush();
        java.io.PrintWriter out = spec.commandLine().getOut();
        if (annotations != null) GitHubAnnotations.commands(r.problems(), annotations, full).forEach(out::println);
        out.println(r.summary());
        out.flush();
    }
}
