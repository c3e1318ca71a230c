package org.dossier.pipeline;

import org.dossier.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build cache on the brief (five languages, cities and people mentioned across pages, search, print): after each
 * of a series of edits — a body, a title, a data file, a locale file, a template, a page deleted, a page added — the
 * build that takes what it can from the cache gives, byte for byte, the output of a cold build; and it renders only
 * part of the site. Two cold builds, with one thread and with several, give the same output too.
 */
class BuildCacheTest {

    @TempDir
    Path tmp;

    private Path brief() {
        Path site = tmp.resolve("brief");
        for (String dir : List.of("content", "themes", "i18n")) TestSites.copyTree(TestSites.project().resolve(dir), site.resolve(dir));
        return site;
    }

    private static BuildOptions options(Path site, Path out) {
        return new BuildOptions(site, out, Optional.empty(), Optional.empty(), false);
    }

    /** How many pages the build rendered (its timings say "pages (6 rendered, 919 kept)"); -1 when it stopped early. */
    private static int rendered(BuildResult r) {
        return r.stages().stream().map(Timings.Stage::name).filter(n -> n.startsWith("pages ("))
                .map(n -> Integer.parseInt(n.replaceAll("pages \\((\\d+) rendered.*", "$1"))).findFirst().orElse(-1);
    }

    private static void edit(Path file, String from, String to) {
        String text = TestSites.read(file);
        assertTrue(text.contains(from), file + " holds " + from);
        TestSites.write(file, text.replace(from, to));
    }

    @Test
    void aCachedBuildIsTheColdBuildByteForByte() throws Exception {
        Path site = brief();
        Path out = tmp.resolve("out");
        BuildResult first = Builder.build(options(site, out));
        assertTrue(first.ok(), () -> first.problems().toString());
        assertEquals(925, rendered(first), "nothing in the cache yet");

        BuildResult same = Builder.build(options(site, out));
        assertTrue(same.ok());
        assertEquals(-1, rendered(same), "nothing changed: nothing rendered, " + same.stages());
        assertEquals(first.problems(), same.problems(), "the same problems reported");

        record Edit(String what, Consumer<Path> change, int most) {
        }
        List<Edit> edits = List.of(
                new Edit("a body that now names two more cities", s -> edit(s.resolve("content/en/tracks/innovative-finance/1-3.md"),
                        "\n\n", "\n\nIn Lund and in Torino, too.\n\n"), 60),
                new Edit("a title", s -> edit(s.resolve("content/en/editorial.md"), "title: ", "title: Foreword — "), 925),
                new Edit("a person's role in a data file", s -> edit(s.resolve("content/_data/speakers.yaml"),
                        "role: Deputy Mayor of Bologna", "role: Deputy Mayor, Bologna"), 925),
                new Edit("a UI string of one language", s -> edit(s.resolve("i18n/it.yaml"), "Vai al contenuto", "Salta al contenuto"), 185),
                new Edit("a template of one kind of page", s -> edit(s.resolve("themes/default/templates/cities/page.ftl"),
                        "<article class=\"prose\">", "<article class=\"prose city\">"), 400),
                new Edit("a translation deleted", s -> delete(s.resolve("content/fr/acknowledgements.md")), 925),
                new Edit("a page added", s -> TestSites.write(s.resolve("content/en/tracks/innovative-finance/1-9.md"),
                        "---\ntitle: A new session\ndescription: Added.\nweight: 9\ncode: \"1.9\"\nheading: Lund Session 1.9\n"
                                + "cities: [Lund]\npartners: []\n---\n\nLund tried something new.\n"), 930));
        for (Edit e : edits) {
            e.change().accept(site);
            BuildResult cached = Builder.build(options(site, out));
            assertTrue(cached.ok(), () -> e.what() + ": " + cached.problems());
            Path cold = tmp.resolve("cold");
            org.dossier.output.Staging.deleteTree(cold);
            BuildResult fresh = Builder.build(options(site, cold), Builder.load(options(site, cold)));
            assertTrue(fresh.ok(), () -> e.what() + ": " + fresh.problems());
            assertEquals(fresh.problems(), cached.problems(), e.what() + ": the same problems");
            TreeMap<String, String> expected = TestSites.snapshot(cold);
            TreeMap<String, String> actual = TestSites.snapshot(out);
            assertEquals(expected.keySet(), actual.keySet(), e.what() + ": the same files");
            for (String f : expected.keySet()) assertEquals(expected.get(f), actual.get(f), e.what() + ": " + f);
            int n = rendered(cached);
            System.out.printf("build cache: %s: %d of %d pages rendered, %s%n", e.what(), n, 925 + (e.most() == 930 ? 5 : 0), Timings.format(cached.stages()));
            assertTrue(n > 0 && n <= e.most(), e.what() + ": " + n + " pages rendered (at most " + e.most() + ")");
        }
    }

    private static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    /** A state file that was cut short or damaged is no cache: the build renders every page and writes it anew. */
    @Test
    void aDamagedCacheIsNotUsed() throws Exception {
        Path site = brief();
        Path out = tmp.resolve("out");
        assertTrue(Builder.build(options(site, out)).ok());
        Path state = BuildCache.folder(out).resolve("state.bin");
        byte[] bytes = Files.readAllBytes(state);
        for (byte[] damaged : java.util.List.of(java.util.Arrays.copyOf(bytes, bytes.length / 2), flip(bytes, bytes.length / 3),
                java.util.Arrays.copyOf(bytes, bytes.length + 1))) {
            Files.write(state, damaged);
            TestSites.write(site.resolve("content/en/editorial.md"), TestSites.read(site.resolve("content/en/editorial.md")) + "\nMore.\n");
            BuildResult again = Builder.build(options(site, out));
            assertTrue(again.ok(), () -> again.problems().toString());
            assertEquals(925, rendered(again), "a damaged cache: every page rendered");
        }
    }

    /**
     * A report file (what a build with nothing changed prints again) that was cut short or damaged is not used: the
     * build goes through the cache instead (every page kept) and reports what the first build reported.
     */
    @Test
    void aDamagedReportIsNotUsed() throws Exception {
        Path site = brief();
        Path out = tmp.resolve("out");
        BuildResult first = Builder.build(options(site, out));
        assertTrue(first.ok());
        assertEquals(-1, rendered(Builder.build(options(site, out))), "nothing changed: the report is printed again");
        Path report = BuildCache.folder(out).resolve("report.bin");
        byte[] bytes = Files.readAllBytes(report);
        for (byte[] damaged : java.util.List.of(java.util.Arrays.copyOf(bytes, bytes.length / 2), flip(bytes, bytes.length / 2),
                java.util.Arrays.copyOf(bytes, bytes.length + 1))) {
            Files.write(report, damaged);
            BuildResult again = Builder.build(options(site, out));
            assertEquals(0, rendered(again), "a damaged report: the build goes through the cache");
            assertEquals(first.problems(), again.problems());
            assertEquals(first.summary().replaceAll(" · [0-9.]+ s$", ""), again.summary().replaceAll(" · [0-9.]+ s$", ""));
        }
    }

    /** The bytes with every bit of one of them flipped. */
    private static byte[] flip(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] = (byte) ~copy[at];
        return copy;
    }

    /**
     * A cache an older version wrote (its digests made another way) is not read: the build renders every page, and
     * writes the cache anew.
     */
    @Test
    void aCacheOfAnotherFormatIsNotUsed() throws Exception {
        Path site = brief();
        Path out = tmp.resolve("out");
        assertTrue(Builder.build(options(site, out)).ok());
        Path cache = BuildCache.folder(out);
        Path state = cache.resolve("state.bin");
        try (var o = new java.io.ObjectOutputStream(Files.newOutputStream(state))) { // as the version with SHA-256 digests wrote it
            o.writeObject(new Object[]{"dossier-cache-1" + Inputs.tool(), "its state"});
        }
        Path fingerprint = cache.resolve("fingerprint");
        TestSites.write(fingerprint, TestSites.read(fingerprint).replaceFirst("^[^\\n]*", "dossier-cache-1"));
        BuildResult again = Builder.build(options(site, out));
        assertTrue(again.ok(), () -> again.problems().toString());
        assertEquals(925, rendered(again), "an old cache, nothing changed since: every page rendered");
        assertEquals(-1, rendered(Builder.build(options(site, out))), "the cache written anew is used");
    }

    @Test
    void twoColdBuildsAreTheSameWhateverTheThreadsDo() throws Exception {
        Path site = brief();
        Path one = tmp.resolve("one");
        Path many = tmp.resolve("many");
        BuildResult a = new ForkJoinPool(1).submit(() -> Builder.build(options(site, one), Builder.load(options(site, one)))).get();
        BuildResult b = new ForkJoinPool(4).submit(() -> Builder.build(options(site, many), Builder.load(options(site, many)))).get();
        assertTrue(a.ok() && b.ok());
        TreeMap<String, String> x = TestSites.snapshot(one);
        TreeMap<String, String> y = TestSites.snapshot(many);
        assertEquals(x.keySet(), y.keySet());
        for (String f : x.keySet()) assertEquals(x.get(f), y.get(f), f);
        assertFalse(x.isEmpty());
        assertEquals(a.problems(), b.problems());
    }
}
