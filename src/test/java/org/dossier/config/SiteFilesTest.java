package org.dossier.config;

import org.dossier.problems.Problem;
import org.dossier.problems.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The site's files and only those: links leading out refused at the link, files gone mid-build reported. */
class SiteFilesTest {

    @TempDir
    Path tmp;

    @Test
    void aFileGoneSinceTheFolderWasListedIsAProblemNotAnException() {
        Path site = tmp.resolve("site");
        Problems problems = new Problems();
        assertNull(SiteFiles.readText(site, site.resolve("content/en/gone.md"), problems));
        assertNull(SiteFiles.readBytes(site, site.resolve("themes/x/static/gone.css"), problems));
        List<String> all = problems.all().stream().map(Problem::format).toList();
        assertEquals(List.of(
                "content/en/gone.md: error: the file was moved or deleted while Dossier was reading the site — build"
                        + " again once the files are in place",
                "themes/x/static/gone.css: error: the file was moved or deleted while Dossier was reading the site — build"
                        + " again once the files are in place"), all);
    }

    @Test
    void aFolderThatIsAFileOrGoneHasNoFiles() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Problems problems = new Problems();
        assertEquals(List.of(), SiteFiles.walk(site, site.resolve("content/en"), problems));
        assertEquals(List.of(), SiteFiles.list(site, site.resolve("i18n"), problems));
        assertTrue(problems.all().isEmpty(), problems.all()::toString);
    }

    @Test
    void aLinkIsNamedWhereItIsNotWhereItLeads() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("x.md"), "x");
        Files.createDirectories(site.resolve("content"));
        Files.createSymbolicLink(site.resolve("content/en"), elsewhere);
        Problem p = SiteFiles.leaves(site, site.resolve("content/en/x.md"));
        assertEquals("content/en", p.file());
        assertTrue(p.message().startsWith("this is a link to " + elsewhere.toRealPath() + ", outside the site folder"),
                p.message());
        assertNull(SiteFiles.leaves(site, site.resolve("content")));
    }

    @Test
    void aSiteFolderReachedThroughALinkIsItsOwnFiles() throws IOException {
        Path real = Files.createDirectories(tmp.resolve("real/content"));
        Files.writeString(real.resolve("a.md"), "---\ntitle: A\n---\n");
        Path site = Files.createSymbolicLink(tmp.resolve("site"), tmp.resolve("real"));
        Problems problems = new Problems();
        assertEquals(List.of(site.resolve("content/a.md")), SiteFiles.walk(site, site.resolve("content"), problems));
        assertEquals("---\ntitle: A\n---\n", SiteFiles.readText(site, site.resolve("content/a.md"), problems));
        assertTrue(problems.all().isEmpty(), problems.all()::toString);
    }
}
