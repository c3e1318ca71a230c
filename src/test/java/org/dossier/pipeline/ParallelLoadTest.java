package org.dossier.pipeline;

import org.dossier.TestSites;
import org.dossier.problems.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Content files are read and parsed on several threads: the model and the problems are those of one thread, in the
 * same order, whatever the threads do — on a site with errors in several files of both languages. And a build that
 * takes the files' bytes from its fingerprint (the build cache on disk) reports what one that reads them reports.
 */
class ParallelLoadTest {

    @TempDir
    Path tmp;

    private Path site() throws Exception {
        Path site = TestSites.multilingual(tmp);
        for (String lang : List.of("en", "it")) {
            for (int i = 0; i < 60; i++) {
                String name = "content/" + lang + "/guide/page-" + i + ".md";
                String text = switch (i % 10) {
                    case 1 -> "---\ntitle: P" + i + "\ndescription: d\nwieght: 2\n---\nBody.\n"; // unknown key
                    case 3 -> "---\ntitle: P" + i + "\ndescription: [unclosed\n---\nBody.\n"; // broken YAML
                    case 5 -> "---\ntitle: P" + i + "\nweight: many\n---\nBody.\n"; // wrong type, no description
                    case 7 -> "---\ntitle: P" + i + "\ndescription: d\n"; // never closed
                    case 8 -> "---\ntitle: P" + i + "\ndescription: d\ndraft: true\n---\nDraft.\n";
                    default -> "---\ntitle: P" + i + "\ndescription: d\nweight: " + (60 - i) + "\n---\nBody " + i + ".\n";
                };
                TestSites.write(site.resolve(name), text);
            }
            Files.write(site.resolve("content/" + lang + "/guide/latin.md"),
                    "---\ntitle: Caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1)); // not UTF-8
            TestSites.write(site.resolve("content/" + lang + "/guide/50%.md"), "---\ntitle: Bad\n---\n"); // not an address
        }
        return site;
    }

    private static BuildOptions options(Path site, Path out) {
        return new BuildOptions(site, out, Optional.empty(), Optional.empty(), false);
    }

    @Test
    void theModelAndProblemsAreThoseOfOneThread() throws Exception {
        Path site = site();
        BuildOptions options = options(site, tmp.resolve("out"));
        Builder.Loaded one = new ForkJoinPool(1).submit(() -> Builder.load(options)).get();
        List<Problem> problems = one.problems().all();
        for (String file : List.of("page-1.md", "page-3.md", "page-5.md", "page-7.md", "latin.md", "50%.md")) {
            for (String lang : List.of("en", "it")) {
                assertTrue(problems.stream().anyMatch(p -> p.isError() && p.file().equals("content/" + lang + "/guide/" + file)),
                        file + " in " + lang);
            }
        }
        for (int round = 0; round < 5; round++) {
            Builder.Loaded many = new ForkJoinPool(4).submit(() -> Builder.load(options)).get();
            assertEquals(one.model().pages(), many.model().pages(), "the same pages, in the same order");
            assertEquals(problems, many.problems().all(), "the same problems, in the same order");
        }
    }

    @Test
    void aBuildThatTakesTheFingerprintsBytesReportsWhatOneThatReadsThem() throws Exception {
        Path site = site();
        BuildResult read = Builder.build(options(site, tmp.resolve("cold")), Builder.load(options(site, tmp.resolve("cold"))));
        BuildResult taken = Builder.build(options(site, tmp.resolve("out"))); // the build cache on disk: a fingerprint
        assertTrue(!read.ok() && !taken.ok());
        assertEquals(read.problems(), taken.problems());
    }
}
