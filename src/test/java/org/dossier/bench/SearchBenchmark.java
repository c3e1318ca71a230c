package org.dossier.bench;

import org.dossier.TestSites;
import org.dossier.browser.Browser;
import org.dossier.browser.StaticServer;
import org.dossier.pipeline.BuildOptions;
import org.dossier.pipeline.BuildResult;
import org.dossier.pipeline.Builder;
import org.dossier.output.Staging;
import org.dossier.search.Text;
import org.jsoup.Jsoup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * The search benchmark: builds the brief and synthetic corpora of 1,000, 4,000 and 10,000 pages (words drawn from
 * the brief's own English text, so word frequencies are natural), each with and without search, and reports the
 * build time search adds, the index size, and the bytes the first query downloads (measured in headless Chromium
 * against a local static host, browser cache cleared). With {@code -Dbench.pagefind=true} it also runs Pagefind
 * ({@code npx pagefind}) on the same output and measures its first query the same way.
 *
 * <pre>mvn -q test-compile exec:java [-Dbench.sizes=1000,4000,10000] [-Dbench.pagefind=true]</pre>
 *
 * Figures only; nothing is asserted. Timings depend on the machine: compare runs on the same one.
 */
public final class SearchBenchmark {

    /** Per language: a word, several words, a name typed without its accent. */
    static final java.util.Map<String, List<String>> QUERIES = java.util.Map.of(
            "en", List.of("procurement", "climate city contract", "kosice"),
            "it", List.of("appalti", "contratto climatico della città", "kosice"));

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path project = TestSites.project();
        Path work = Files.createTempDirectory("dossier-bench-");
        boolean pagefind = Boolean.getBoolean("bench.pagefind");
        List<Integer> sizes = new ArrayList<>();
        for (String s : System.getProperty("bench.sizes", "1000,4000,10000").split(",")) sizes.add(Integer.parseInt(s.trim()));
        List<String> vocabulary = vocabulary(project);
        List<String> rows = new ArrayList<>();
        try (Browser browser = Browser.start()) {
            // warm the JVM up, so the first measured build is not the one that loads the classes
            Path warm = synthetic(work.resolve("warm"), project, vocabulary, 300);
            build(warm, work.resolve("warm-out"));
            build(warm, work.resolve("warm-out"));

            Path brief = copySite(project, work.resolve("brief"));
            rows.add(measure("the brief (5 languages; queries in en and it)", brief, work.resolve("brief-out"),
                    List.of("en", "it"), browser, pagefind));
            for (int n : sizes) {
                Path site = synthetic(work.resolve("s" + n), project, vocabulary, n);
                rows.add(measure(String.format(Locale.ROOT, "synthetic, %,d pages (en)", n), site,
                        work.resolve("s" + n + "-out"), List.of("en"), browser, pagefind));
            }
        } finally {
            Staging.deleteTree(work);
        }
        System.out.println();
        System.out.println("| corpus | build without search | with search | added | index files | index size (gzip) |"
                + " first query: index bytes (gzip) | search.js (gzip) |" + (pagefind ? " Pagefind: index time, size, first query (gzip) |" : ""));
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |" + (pagefind ? " --- |" : ""));
        rows.forEach(System.out::println);
    }

    /** One row of the table. */
    static String measure(String name, Path site, Path out, List<String> langs, Browser browser, boolean pagefind)
            throws IOException, InterruptedException {
        Path theme = site.resolve("themes/default/templates/search.ftl");
        byte[] template = Files.readAllBytes(theme);
        Files.delete(theme);
        double without = Math.min(build(site, out), build(site, out));
        Files.write(theme, template);
        double with = Math.min(build(site, out), build(site, out));

        long indexBytes = 0;
        long indexGzip = 0;
        int files = 0;
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> p.toString().contains("/search/data/")).toList()) {
                indexBytes += Files.size(p);
                indexGzip += gzip(p);
                files++;
            }
        }

        long[] first = new long[4];
        String searchJs;
        try (StaticServer server = new StaticServer(out, "/site/")) {
            for (String lang : langs) {
                for (String q : QUERIES.get(lang)) {
                    long[] m = firstQuery(browser, server, out, lang, q);
                    for (int i = 0; i < 4; i++) first[i] = Math.max(first[i], m[i]);
                }
            }
            searchJs = kb(first[2]) + " (" + kb(first[3]) + ")";
        }
        String row = String.format(Locale.ROOT, "| %s | %.2f s | %.2f s | %+.2f s | %,d | %s (%s) | %s (%s) | %s |",
                name, without, with, with - without, files, mb(indexBytes), mb(indexGzip), kb(first[0]), kb(first[1]),
                searchJs);
        if (pagefind) row += " " + pagefind(browser, out, langs) + " |";
        System.out.println(row);
        return row;
    }

    /**
     * Opens the search page with a query on a cold cache and adds up what the server sent for it: index files and
     * search.js, raw and gzip. Returns {index, index gzip, script, script gzip}, the largest over the queries.
     */
    static long[] firstQuery(Browser b, StaticServer server, Path out, String lang, String q) throws IOException {
        b.clearCache();
        server.drain();
        b.open(server.url() + lang + "/search/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        b.waiting().until(d -> !b.one("#search-status").getText().isBlank());
        long[] m = new long[4];
        for (StaticServer.Served s : served(server, "dossier " + q)) {
            if (s.path().contains("/search/data/")) {
                m[0] += s.bytes();
                m[1] += gzip(out.resolve(s.path()));
            } else if (s.path().matches("js/search\\.[0-9a-f]{8}\\.js")) {
                m[2] += s.bytes();
                m[3] += gzip(out.resolve(s.path()));
            }
        }
        return m;
    }

    /** Runs Pagefind on a copy of the output and measures its first query through its JS API. */
    static String pagefind(Browser b, Path out, List<String> langs) throws IOException, InterruptedException {
        Path copy = out.resolveSibling(out.getFileName() + "-pagefind");
        Staging.deleteTree(copy);
        TestSites.copyTree(out, copy);
        long start = System.nanoTime();
        Process p = new ProcessBuilder("npx", "-y", "pagefind@1.6.0", "--site", copy.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
            return "Pagefind did not run: " + log.lines().reduce((a, c) -> c).orElse("");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long size = 0;
        try (Stream<Path> s = Files.walk(copy.resolve("pagefind"))) {
            for (Path f : s.filter(Files::isRegularFile).toList()) size += Files.size(f);
        }
        long worst = 0;
        long worstGzip = 0;
        try (StaticServer server = new StaticServer(copy, "/site/")) {
            for (String lang : langs) for (String q : QUERIES.get(lang)) {
                b.clearCache();
                b.open(server.url() + lang + "/");
                server.drain();
                Object result = b.driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + "import(arguments[0]).then(function (pf) { return pf.search(arguments[1] || " + quote(q) + "); })"
                        + ".then(function (r) { return Promise.all(r.results.slice(0, 10).map(function (x) { return x.data(); })); })"
                        + ".then(function () { done(true); }, function (e) { done(String(e)); });",
                        server.url() + "pagefind/pagefind.js");
                if (!Boolean.TRUE.equals(result)) return "Pagefind's search failed in the browser: " + result;
                long bytes = 0;
                long gz = 0;
                for (StaticServer.Served s : served(server, "pagefind " + q)) {
                    if (!s.path().startsWith("pagefind/")) continue;
                    bytes += s.bytes();
                    gz += gzip(copy.resolve(s.path()));
                }
                worst = Math.max(worst, bytes);
                worstGzip = Math.max(worstGzip, gz);
            }
        }
        return String.format(Locale.ROOT, "%.2f s, %s, %s (%s)", seconds, mb(size), kb(worst), kb(worstGzip));
    }

    /** What the server sent; listed with -Dbench.verbose=true. */
    static List<StaticServer.Served> served(StaticServer server, String what) {
        List<StaticServer.Served> list = server.drain();
        if (Boolean.getBoolean("bench.verbose")) {
            System.out.println(what + ":");
            list.forEach(s -> System.out.println("    " + s.path() + " " + s.bytes()));
        }
        return list;
    }

    static double build(Path site, Path out) {
        BuildResult r = Builder.build(BuildOptions.of(site).withOut(out));
        if (!r.ok()) throw new IllegalStateException("the benchmark site does not build: " + r.problems().stream()
                .filter(p -> p.isError()).map(p -> p.format()).toList());
        return r.time().toNanos() / 1e9;
    }

    static Path copySite(Path project, Path to) {
        for (String dir : List.of("content", "themes", "i18n")) TestSites.copyTree(project.resolve(dir), to.resolve(dir));
        return to;
    }

    /** The brief's English words in reading order: drawing from them keeps natural word frequencies. */
    static List<String> vocabulary(Path project) throws IOException {
        List<String> words = new ArrayList<>();
        try (Stream<Path> s = Files.walk(project.resolve("content/en"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String body = TestSites.read(p).replaceAll("(?s)^---.*?---", "");
                for (String w : Jsoup.parse(body).text().split("\\s+")) {
                    String clean = w.replaceAll("[^\\p{L}\\p{N}'’-]", "");
                    if (!clean.isEmpty() && !Text.words(clean).isEmpty()) words.add(clean);
                }
            }
        }
        return words;
    }

    /** A one-language site of {@code n} pages in 50 sections, with headings, quotes and the default theme. */
    static Path synthetic(Path site, Path project, List<String> vocabulary, int n) throws IOException {
        Random random = new Random(n);
        TestSites.copyTree(project.resolve("themes"), site.resolve("themes"));
        TestSites.write(site.resolve("i18n/en.yaml"), TestSites.read(project.resolve("i18n/en.yaml")));
        TestSites.write(site.resolve("content/site.yaml"), "title: Benchmark\ndescription: Synthetic pages\n"
                + "base_url: https://example.org/\ndefault_language: en\nlanguages: [en]\n");
        TestSites.write(site.resolve("content/en/_index.md"), "---\ntitle: Benchmark\ndescription: Home\n---\nHome.\n");
        int sections = 50;
        for (int s = 0; s < sections; s++) {
            TestSites.write(site.resolve("content/en/s" + s + "/_index.md"), "---\ntitle: " + phrase(random, vocabulary, 3)
                    + "\ndescription: " + phrase(random, vocabulary, 10) + "\n---\n" + phrase(random, vocabulary, 60) + "\n");
        }
        for (int i = 0; i < n - sections - 1; i++) {
            StringBuilder md = new StringBuilder("---\ntitle: ").append(phrase(random, vocabulary, 4 + random.nextInt(5)))
                    .append("\ndescription: ").append(phrase(random, vocabulary, 15)).append("\n---\n");
            md.append(phrase(random, vocabulary, 60)).append(".\n\n");
            for (int h = 0; h < 3 + random.nextInt(3); h++) {
                md.append("## ").append(phrase(random, vocabulary, 3 + random.nextInt(3))).append("\n\n");
                for (int para = 0; para < 2 + random.nextInt(2); para++) {
                    md.append(phrase(random, vocabulary, 40 + random.nextInt(50))).append(".\n\n");
                }
                if (random.nextInt(4) == 0) {
                    md.append("> ").append(phrase(random, vocabulary, 20)).append(".\n>\n> — ")
                            .append(phrase(random, vocabulary, 2)).append(", ").append(phrase(random, vocabulary, 3))
                            .append("\n\n");
                }
            }
            TestSites.write(site.resolve("content/en/s" + (i % sections) + "/p" + i + ".md"), md.toString());
        }
        return site;
    }

    static String phrase(Random random, List<String> vocabulary, int words) {
        int start = random.nextInt(vocabulary.size() - words);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            // mostly consecutive words (natural phrases), sometimes a jump
            String w = vocabulary.get(random.nextInt(8) == 0 ? random.nextInt(vocabulary.size()) : start + i);
            sb.append(i == 0 ? "" : " ").append(w.replace(":", "").replace("#", "").replace("\"", ""));
        }
        String s = sb.toString().replaceAll("^[-—–'’]+", "");
        return s.isEmpty() ? "text" : s;
    }

    static long gzip(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(Files.readAllBytes(file));
        }
        return bytes.size();
    }

    static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    static String mb(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0) : kb(bytes);
    }

    static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

}
