package org.dossier.bench;

import org.dossier.TestSites;
import org.dossier.output.Staging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The build benchmark: Dossier as a user runs it — the launcher, a new process per build — against Hugo on the same
 * corpus in the same run. Synthetic corpora of 1,000, 4,000 and 10,000 pages (deterministic: ~600 words a page with
 * headings, lists, a table, code, a quote and links, words drawn from the brief's source text) are built with a
 * minimal title-and-content layout by both; then the brief itself: cold (output and build cache deleted), a rebuild
 * with nothing changed, and a rebuild after a one-page edit. Every figure is the median of {@code bench.runs} runs
 * (after one warm-up, Dossier and Hugo alternating), with min–max; CPU seconds (user + system, each) and the peak
 * resident memory of the largest process, as {@code /usr/bin/time} reports them. A cold build deletes, inside the timed
 * command, the output, the work folder kept from the last build and the build cache.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.mainClass=org.dossier.bench.BuildBenchmark [-Dbench.sizes=1000,4000,10000] [-Dbench.runs=5] [-Dbench.dir=/dev/shm]</pre>
 *
 * The corpora are made in {@code target/bench/}, or in {@code dossier-bench/} inside {@code bench.dir} (a memory file
 * system, say: see the README on what a disk adds); that folder is deleted and made again.
 *
 * Needs {@code /usr/bin/time} (Debian: apt-get install time); Hugo is measured when {@code hugo} is on the PATH
 * (Debian: apt-get install hugo). Figures only; nothing is asserted.
 */
public final class BuildBenchmark {

    /** One timed run: wall, user and system CPU seconds, peak RSS in MiB. */
    record Run(double wall, double user, double system, double mib) {
    }

    private BuildBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path project = TestSites.project();
        int runs = Integer.getInteger("bench.runs", 5);
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.sizes", "1000,4000,10000").split(","))
                .map(String::strip).map(Integer::parseInt).toList();
        String dir = System.getProperty("bench.dir", "");
        Path work = dir.isEmpty() ? project.resolve("target/bench") : Path.of(dir).toAbsolutePath().resolve("dossier-bench");
        Staging.deleteTree(work);
        String launcher = project.resolve("dossier").toString();
        boolean hugo = onPath("hugo");
        if (!Files.isExecutable(Path.of("/usr/bin/time"))) throw new IllegalStateException("install /usr/bin/time (apt-get install time)");
        List<String> words = words(Files.readString(project.resolve("../shared/source/conference-action-brief-2026.md").normalize()));
        run("bash", "-c", "exec " + q(launcher) + " --version >/dev/null"); // builds the tool once, outside the timings

        List<String> rows = new ArrayList<>();
        for (int n : sizes) {
            Path corpus = work.resolve("c" + n);
            write(corpus, words, n);
            String dossier = "rm -rf out .out.dossier-* && exec " + q(launcher) + " build --site dossier --out out >/dev/null 2>&1";
            String h = "rm -rf hugo-out && exec hugo --quiet --source hugo --destination ../hugo-out >/dev/null 2>&1";
            List<Run> d = new ArrayList<>();
            List<Run> g = new ArrayList<>();
            time(corpus, dossier);
            if (hugo) time(corpus, h);
            for (int i = 0; i < runs; i++) {
                d.add(time(corpus, dossier));
                if (hugo) g.add(time(corpus, h));
            }
            rows.add(row(String.format(Locale.ROOT, "%,d pages", n), d, g));
        }
        rows.add(briefRows(project, work, launcher, runs));
        System.out.println();
        System.out.println("| build | Dossier: wall (min–max) | CPU: user + system | peak memory | Hugo: wall (min–max) | CPU: user + system | peak memory | Dossier / Hugo (wall) |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        rows.forEach(System.out::println);
        System.out.println();
        System.out.println(run("bash", "-c", "exec " + q(launcher) + " --version").strip() + "; hugo: "
                + (hugo ? run("hugo", "version").strip() : "not on the PATH") + "; " + Runtime.getRuntime().availableProcessors()
                + " cores; median of " + runs + " runs after one warm-up; corpora in " + work + " ("
                + run("stat", "-f", "-c", "%T", work.toString()).strip() + ")");
    }

    /** The brief: cold, rebuilt with no change, rebuilt after a one-page edit (the edit made before each timed run). */
    private static String briefRows(Path project, Path work, String launcher, int runs) throws Exception {
        Path site = work.resolve("brief");
        for (String dir : List.of("content", "themes", "i18n")) TestSites.copyTree(project.resolve(dir), site.resolve(dir));
        String cold = "rm -rf out .out.dossier-* && exec " + q(launcher) + " build --site . --out out >/dev/null 2>&1";
        String again = "exec " + q(launcher) + " build --site . --out out >/dev/null 2>&1";
        List<Run> c = new ArrayList<>();
        List<Run> same = new ArrayList<>();
        List<Run> edit = new ArrayList<>();
        Path page = site.resolve("content/en/tracks/innovative-finance/1-3.md");
        String original = Files.readString(page);
        // as on a fresh clone: into a new folder, no file deleted in the half-minute before. For every file it creates,
        // ext4 looks past the inodes freed in about the last 30 s: the cold rows, whose output is deleted inside the
        // timed command, pay for that, as both tools do on the corpora
        Thread.sleep(35_000);
        List<Run> fresh = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            Run r = time(site, "exec " + q(launcher) + " build --site . --out fresh-" + i + " >/dev/null 2>&1");
            if (i > 0) fresh.add(r);
        }
        time(site, cold);
        for (int i = 0; i < runs; i++) c.add(time(site, cold));
        time(site, again);
        for (int i = 0; i < runs; i++) same.add(time(site, again));
        for (int i = 0; i <= runs; i++) {
            Files.writeString(page, original + "\nAn edit to measure a rebuild, number " + i + ".\n");
            Run r = time(site, again);
            if (i > 0) edit.add(r);
        }
        for (int i = 0; i <= runs; i++) {
            Staging.deleteTree(site.resolve("fresh-" + i));
            Staging.deleteTree(Staging.work(site.resolve("fresh-" + i), "cache"));
        }
        return row("the brief (5 languages, search, print), cold", c, List.of()) + "\n"
                + row("the brief, cold, into a new folder (no file deleted in the 30 s before)", fresh, List.of()) + "\n"
                + row("the brief, rebuilt with no change", same, List.of()) + "\n"
                + row("the brief, rebuilt after a one-page edit", edit, List.of());
    }

    private static String row(String name, List<Run> d, List<Run> h) {
        String ratio = h.isEmpty() ? "—" : String.format(Locale.ROOT, "%.2f×", median(d, Run::wall) / median(h, Run::wall));
        return "| " + name + " | " + cells(d) + " | " + (h.isEmpty() ? "— | — | —" : cells(h)) + " | " + ratio + " |";
    }

    private static String cells(List<Run> runs) {
        return String.format(Locale.ROOT, "%.2f s (%.2f–%.2f) | %.2f + %.2f s | %,.0f MiB", median(runs, Run::wall),
                runs.stream().mapToDouble(Run::wall).min().orElse(0), runs.stream().mapToDouble(Run::wall).max().orElse(0),
                median(runs, Run::user), median(runs, Run::system), median(runs, Run::mib));
    }

    private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> f) {
        double[] v = runs.stream().mapToDouble(f).sorted().toArray();
        return v.length == 0 ? 0 : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** Times a shell command in {@code dir} as a whole process with /usr/bin/time. */
    private static Run time(Path dir, String command) throws IOException, InterruptedException {
        Path report = Files.createTempFile("bench-time-", ".txt");
        try {
            Process p = new ProcessBuilder("/usr/bin/time", "-o", report.toString(), "-f", "%e %U %S %M", "bash", "-c", command)
                    .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int code = p.waitFor();
            String[] f = Files.readString(report).strip().lines().reduce((a, b) -> b).orElse("").split(" ");
            if (code != 0) throw new IllegalStateException("failed (exit " + code + ") in " + dir + ": " + command);
            return new Run(Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]) / 1024);
        } finally {
            Files.deleteIfExists(report);
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    private static boolean onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) return true;
        }
        return false;
    }

    private static String q(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** The words of a text, in order. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.replaceAll("[^\\p{L}\\p{N}'’ -]+", " ").split("\\s+")) if (w.length() > 1) out.add(w);
        return out;
    }

    /**
     * The corpus {@code n} pages, in sections of 100, twice: {@code dossier/} (content/en/, a theme with a title and
     * content layout) and {@code hugo/} (the same Markdown, the same layout in Go templates).
     */
    static void write(Path corpus, List<String> words, int n) throws IOException {
        Random random = new Random(n);
        Path d = corpus.resolve("dossier");
        Path h = corpus.resolve("hugo");
        TestSites.write(d.resolve("content/site.yaml"), "title: Benchmark\ndescription: Synthetic pages\n"
                + "base_url: https://example.org/\ndefault_language: en\nlanguages: [en]\ntheme: bench\n");
        TestSites.write(d.resolve("i18n/en.yaml"), "language:\n  name: English\n  locale: en-GB\n  dir: ltr\n"
                + "  date_format: d MMMM yyyy\nstrings: {}\n");
        String head = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>";
        TestSites.write(d.resolve("themes/bench/templates/page.ftl"), head
                + "${page.title}</title></head>\n<body><main><h1>${page.title}</h1>\n${page.content}</main></body></html>\n");
        String list = "<ul><#list page.children as c><li><a href=\"${url(c)}\">${c.title}</a></li></#list></ul>";
        TestSites.write(d.resolve("themes/bench/templates/section.ftl"), head
                + "${page.title}</title></head>\n<body><main><h1>${page.title}</h1>\n${page.content}" + list + "</main></body></html>\n");
        TestSites.write(d.resolve("themes/bench/templates/home.ftl"), head
                + "${page.title}</title></head>\n<body><main><h1>${page.title}</h1>\n${page.content}" + list + "</main></body></html>\n");
        TestSites.write(h.resolve("config.toml"), "baseURL = 'https://example.org/'\ntitle = 'Benchmark'\n"
                + "disableKinds = ['taxonomy', 'term']\n");
        String hugoHead = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>";
        TestSites.write(h.resolve("layouts/_default/single.html"), hugoHead
                + "{{ .Title }}</title></head>\n<body><main><h1>{{ .Title }}</h1>\n{{ .Content }}</main></body></html>\n");
        String hugoList = hugoHead + "{{ .Title }}</title></head>\n<body><main><h1>{{ .Title }}</h1>\n{{ .Content }}"
                + "<ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>\n";
        TestSites.write(h.resolve("layouts/_default/list.html"), hugoList);
        TestSites.write(h.resolve("layouts/index.html"), hugoList);
        String home = "---\ntitle: Benchmark\ndescription: Home\n---\nThe synthetic corpus.\n";
        TestSites.write(d.resolve("content/en/_index.md"), home);
        TestSites.write(h.resolve("content/_index.md"), home);
        int perSection = 100;
        int sections = (n + perSection - 1) / perSection;
        for (int s = 0; s < sections; s++) {
            String index = "---\ntitle: \"" + phrase(random, words, 3) + "\"\ndescription: \"" + phrase(random, words, 10)
                    + "\"\n---\n" + phrase(random, words, 40) + ".\n";
            TestSites.write(d.resolve("content/en/s" + s + "/_index.md"), index);
            TestSites.write(h.resolve("content/s" + s + "/_index.md"), index);
            int count = Math.min(perSection, n - s * perSection);
            for (int p = 0; p < count; p++) {
                String page = page(random, words, p, count);
                TestSites.write(d.resolve("content/en/s" + s + "/p" + p + ".md"), page);
                TestSites.write(h.resolve("content/s" + s + "/p" + p + ".md"), page);
            }
        }
    }

    /** ~600 words: three sections with headings, paragraphs, a list, a table, code, a quote, links to neighbours. */
    public static String page(Random r, List<String> words, int p, int count) {
        StringBuilder b = new StringBuilder("---\ntitle: \"").append(phrase(r, words, 4)).append("\"\ndescription: \"")
                .append(phrase(r, words, 12)).append("\"\n---\n\n");
        for (int section = 0; section < 3; section++) {
            b.append("## ").append(phrase(r, words, 3)).append("\n\n");
            b.append(phrase(r, words, 70)).append(", see [").append(phrase(r, words, 2)).append("](../p")
                    .append((p + 1 + section) % count).append("/) and [").append(phrase(r, words, 2))
                    .append("](https://example.org/").append(section).append(").\n\n");
            b.append("- **").append(phrase(r, words, 2)).append("**: ").append(phrase(r, words, 8)).append('\n');
            b.append("- ").append(phrase(r, words, 10)).append('\n');
            b.append("- ").append(phrase(r, words, 9)).append("\n\n");
            b.append(phrase(r, words, 50)).append(".\n\n");
        }
        b.append("### ").append(phrase(r, words, 3)).append("\n\n| ").append(phrase(r, words, 1)).append(" | ")
                .append(phrase(r, words, 1)).append(" |\n| --- | --- |\n");
        for (int row = 0; row < 3; row++) b.append("| ").append(phrase(r, words, 3)).append(" | ").append(r.nextInt(1000)).append(" |\n");
        b.append("\n> ").append(phrase(r, words, 25)).append(".\n\n```\n").append(phrase(r, words, 6)).append("\n```\n\n")
                .append(phrase(r, words, 40)).append(".\n");
        return b.toString();
    }

    private static String phrase(Random r, List<String> words, int n) {
        int start = r.nextInt(words.size() - n);
        return String.join(" ", words.subList(start, start + n)).replace("\"", "");
    }
}
