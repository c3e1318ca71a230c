package org.dossier.pipeline;

import org.dossier.TestSites;
import org.dossier.problems.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files renamed and deleted while the site builds (an editor saving, a sync tool, a checkout): each build either
 * succeeds or fails with problems an editor can read — never an exception — and a failed build leaves the previous
 * output exactly as it was. Whatever the timing, these hold; the renaming runs flat out beside the builds.
 */
class ChangingFilesTest {

    @TempDir
    Path tmp;

    /** Pattern of a Java exception's class name in a message: what an editor must never be shown. */
    static final java.util.regex.Pattern JAVA_EXCEPTION =
            java.util.regex.Pattern.compile("\\b(java|javax|sun|freemarker|org|com)\\.[\\w.$]*(Exception|Error)\\b");

    @Test
    void buildsWhileFilesMoveFailCleanlyOrSucceed() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        Path out = tmp.resolve("out");
        BuildOptions options = new BuildOptions(site, out, java.util.Optional.empty(), java.util.Optional.empty(), false);
        assertTrue(Builder.build(options).ok());
        List<Path[]> moves = List.of(
                pair(site, "content/en/guide/first.md", "content/en/guide/first.moved"),
                pair(site, "content/en/notes", "content/en/.notes-moved"),
                pair(site, "content/en/guide", "content/en/_guide-moved"),
                pair(site, "content/_data/people.yaml", "content/_data/people.moved"),
                pair(site, "themes/plain/static/css/main.css", "themes/plain/static/css/main.moved"),
                pair(site, "themes/plain/templates/special.ftl", "themes/plain/templates/special.moved"),
                pair(site, "i18n/en.yaml", "i18n/en.moved"));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> moverFailed = new AtomicReference<>();
        AtomicInteger moved = new AtomicInteger();
        Thread mover = new Thread(() -> {
            try {
                while (!stop.get()) {
                    for (Path[] m : moves) {
                        Files.move(m[0], m[1]);
                        moved.incrementAndGet();
                        Files.move(m[1], m[0]);
                    }
                }
            } catch (IOException | RuntimeException e) {
                moverFailed.set(e);
            }
        }, "mover");
        int failed = 0;
        TreeMap<String, String> previous = TestSites.snapshot(out);
        mover.start();
        try {
            for (int i = 0; i < 30; i++) {
                BuildResult r = Builder.build(options); // must not throw
                for (Problem p : r.problems()) {
                    assertFalse(JAVA_EXCEPTION.matcher(p.format()).find(), "build " + i + ": " + p.format());
                }
                if (r.ok()) {
                    previous = TestSites.snapshot(out);
                } else {
                    failed++;
                    assertTrue(r.problems().stream().anyMatch(Problem::isError), "build " + i + " failed with an error");
                    assertEquals(previous, TestSites.snapshot(out), "build " + i + " left the previous output as it was");
                }
                assertFalse(Files.exists(tmp.resolve(".out.dossier-new/.dossier-output")), "a work folder left behind is not taken for a finished build");
            }
        } finally {
            stop.set(true);
            mover.join();
        }
        assertNull(moverFailed.get(), () -> "the mover failed: " + moverFailed.get());
        assertTrue(moved.get() > 0 && failed > 0, "the files moved (" + moved + " times) and some builds failed ("
                + failed + ")");
    }

    private static Path[] pair(Path site, String from, String to) {
        return new Path[]{site.resolve(from), site.resolve(to)};
    }
}
