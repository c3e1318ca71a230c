package org.dossier.output;

import org.dossier.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The staged write: a build goes into a work folder and is swapped in whole; the output it replaces becomes the next
 * build's work folder, written over in place — and nothing of what it held before survives that is not written again.
 */
class StagingTest {

    @TempDir
    Path tmp;

    private Map<String, String> build(Path out, Map<String, String> files, boolean commit) throws IOException {
        Staging s = Staging.open(out, tmp.resolve("site"));
        files.forEach(s::write);
        if (commit) s.commit(List.of());
        else s.abort();
        return files;
    }

    private static Map<String, String> contents(Path dir) {
        Map<String, String> m = new TreeMap<>(TestSites.snapshot(dir));
        m.remove(Staging.MARKER);
        return m;
    }

    @Test
    void eachBuildLeavesExactlyItsFilesWhateverTheReusedFolderHeld() throws IOException {
        Path out = tmp.resolve("out");
        build(out, Map.of("a/index.html", "A1", "b/index.html", "B1"), true);
        build(out, Map.of("a/index.html", "A2", "c/deep/index.html", "C2"), true);
        Path old = Staging.work(out, "old");
        assertEquals(Map.of("a/index.html", "A1", "b/index.html", "B1"), contents(old), "the replaced output, kept for reuse");
        long inode = (long) Files.getAttribute(old.resolve("a/index.html"), "unix:ino");

        build(out, Map.of("a/index.html", "A3", "d/index.html", "D3"), true); // reuses the first build's folder
        assertEquals(Map.of("a/index.html", "A3", "d/index.html", "D3"), contents(out), "b/ from two builds ago is gone");
        assertTrue(Files.notExists(out.resolve("b")), "and so is its folder");
        assertEquals(inode, (long) Files.getAttribute(out.resolve("a/index.html"), "unix:ino"), "a/index.html written over in place");

        build(out, Map.of("x/index.html", "half"), false); // a failed build: not swapped in
        assertEquals(Map.of("a/index.html", "A3", "d/index.html", "D3"), contents(out), "the output is untouched");
        build(out, Map.of("a/index.html", "A5"), true); // the next build reuses what the failed one left
        assertEquals(Map.of("a/index.html", "A5"), contents(out), "nothing of the failed build survives");
    }

    @Test
    void aFileWhoseBytesAreAlreadyThereIsNotWritten() throws IOException {
        Path out = tmp.resolve("out");
        build(out, Map.of("a.html", "same", "b.html", "one"), true);
        build(out, Map.of("a.html", "same", "b.html", "two"), true);
        Path reused = Staging.work(out, "old").resolve("a.html");
        long modified = Files.getLastModifiedTime(reused).toMillis() - 10_000;
        Files.setLastModifiedTime(reused, java.nio.file.attribute.FileTime.fromMillis(modified));
        Staging s = Staging.open(out, tmp.resolve("site"));
        s.hold(java.util.Map.of("a.html", Staging.hash("same".getBytes()), "b.html", Staging.hash("one".getBytes())));
        s.write("a.html", "same".getBytes());
        s.write("b.html", "three".getBytes());
        s.commit(List.of());
        assertEquals(modified, Files.getLastModifiedTime(out.resolve("a.html")).toMillis(), "left as it was");
        assertEquals("three", TestSites.read(out.resolve("b.html")));
        assertNotEquals(modified, Files.getLastModifiedTime(out.resolve("b.html")).toMillis());
    }

    @Test
    void aFileWrittenTwiceHoldsTheLastBytesOnly() throws IOException {
        Path out = tmp.resolve("out");
        build(out, Map.of("a/index.html", "old and long", "b/index.html", "kept"), true);
        build(out, Map.of("b/index.html", "kept"), true); // the first build's folder is reused by the next
        Staging s = Staging.open(out, tmp.resolve("site"));
        s.hold(Map.of("a/index.html", Staging.hash("old and long".getBytes())));
        s.write("a/index.html", "a longer first version".getBytes());
        s.write("a/index.html", "old and long".getBytes()); // the bytes the folder held before the first write
        s.write("new/index.html", "a longer first version".getBytes());
        s.write("new/index.html", "short".getBytes());
        s.commit(List.of());
        assertEquals("old and long", TestSites.read(out.resolve("a/index.html")));
        assertEquals("short", TestSites.read(out.resolve("new/index.html")));
    }
}
