package org.dossier.serve;

import org.dossier.TestSites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The file watcher: every change under the source folders, in batches, and nothing else. */
class WatcherTest {

    @TempDir
    Path site;

    Watcher watcher;

    @BeforeEach
    void watch() throws Exception {
        TestSites.write(site.resolve("content/en/a.md"), "a");
        TestSites.write(site.resolve("content/en/guide/b.md"), "b");
        TestSites.write(site.resolve("themes/t/templates/page.ftl"), "p");
        watcher = new Watcher(site, DevServer.SOURCES);
    }

    @AfterEach
    void close() throws Exception {
        watcher.close();
    }

    /** The next batch (waiting for it at most 20 s: a test that fails does not hang). */
    private Set<String> next() throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return watcher.next();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }).get(20, TimeUnit.SECONDS);
    }

    @Test
    void aSaveIsOneBatchHoweverManyEventsItMakes() throws Exception {
        Path a = site.resolve("content/en/a.md");
        // a safe write: a temporary file, the old one moved away and back, the content written in three goes
        Path tmp = site.resolve("content/en/a.md.tmp1234");
        Files.writeString(tmp, "new");
        Files.move(a, site.resolve("content/en/a.md~"));
        Files.move(tmp, a);
        Files.delete(site.resolve("content/en/a.md~"));
        Files.writeString(a, "new a", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(site.resolve("content/en/.a.md.swp"), "vim's swap file");
        Files.writeString(site.resolve("content/en/guide/b.md"), "b again");
        assertEquals(Set.of("content/en/a.md", "content/en/guide/b.md"), next(),
                "the temporary, backup and swap files are no change of the site");
    }

    @Test
    void newFoldersAreWatchedAndTheirFilesReported() throws Exception {
        Files.createDirectories(site.resolve("content/en/new/deeper"));
        TestSites.write(site.resolve("content/en/new/deeper/c.md"), "c");
        Set<String> batch = next();
        assertTrue(batch.contains("content/en/new/deeper/c.md"), batch.toString());
        TestSites.write(site.resolve("content/en/new/deeper/c.md"), "c again");
        assertEquals(Set.of("content/en/new/deeper/c.md"), next(), "a file in a new folder is watched");
    }

    @Test
    void deletedAndRenamedFilesAndFolders() throws Exception {
        Files.delete(site.resolve("content/en/a.md"));
        assertEquals(Set.of("content/en/a.md"), next());

        Files.move(site.resolve("content/en/guide"), site.resolve("content/en/manual"));
        assertEquals(Set.of("content/en/guide", "content/en/manual/b.md"), next());
        TestSites.write(site.resolve("content/en/manual/b.md"), "b in its new folder");
        assertEquals(Set.of("content/en/manual/b.md"), next(), "the renamed folder, by its new name");

        Files.delete(site.resolve("content/en/manual/b.md"));
        Files.delete(site.resolve("content/en/manual"));
        Set<String> batch = next();
        assertTrue(batch.contains("content/en/manual"), batch.toString());
    }

    @Test
    void aSourceFolderCreatedLaterIsWatchedAndOtherFoldersAreNot() throws Exception {
        TestSites.write(site.resolve("site-output/en/index.html"), "output");
        TestSites.write(site.resolve("README.md"), "readme");
        TestSites.write(site.resolve("i18n/en.yaml"), "name: English");
        assertEquals(Set.of("i18n/en.yaml"), next(), "the output and other files of the site folder are not sources");
        TestSites.write(site.resolve("i18n/it.yaml"), "name: Italiano");
        assertEquals(Set.of("i18n/it.yaml"), next());
    }

    @Test
    void theSameFileEditedAgainWhileQuietIsStillOneBatch() throws Exception {
        Path a = site.resolve("content/en/a.md");
        for (int i = 0; i < 5; i++) Files.writeString(a, "version " + i);
        assertEquals(Set.of("content/en/a.md"), next());
        // nothing left over for another batch: the next one is the next change
        TestSites.write(site.resolve("themes/t/templates/page.ftl"), "q");
        assertEquals(Set.of("themes/t/templates/page.ftl"), next());
    }

    @Test
    void editorsFilesAreRecognised() {
        for (String name : List.of(".a.md.swp", ".a.md.swx", "a.md~", ".#a.md")) assertTrue(Watcher.ignored(name), name);
        for (String name : List.of("a.md", "swp.md", ".htaccess", "_index.md")) assertFalse(Watcher.ignored(name), name);
    }
}
