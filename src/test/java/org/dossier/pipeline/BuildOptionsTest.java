package org.dossier.pipeline;

import org.dossier.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildOptionsTest {

    @TempDir
    Path tmp;

    @Test
    void subPathBaseUrlKeepsEveryLinkWorking() {
        Path site = TestSites.copy("basic", tmp);
        TestSites.Run run = TestSites.cli("build", "--site", site.toString(), "--base-url", "https://example.org/brief");
        assertEquals(0, run.code(), run.err());
        Path out = site.resolve("site-output");
        assertTrue(TestSites.read(out.resolve("sitemap.xml")).contains("<loc>https://example.org/brief/en/about/</loc>"));
        assertTrue(TestSites.read(out.resolve("robots.txt")).contains("https://example.org/brief/sitemap.xml"));
        String notFound = TestSites.read(out.resolve("404.html"));
        assertTrue(notFound.contains("href=\"/brief/en/\""), "the 404 page links from the base path: " + notFound);
        assertTrue(notFound.contains("href=\"/brief/css/main."), notFound);
        String about = TestSites.read(out.resolve("en/about/index.html"));
        assertTrue(about.contains("href=\"../guide/\""), "content links written from the site root become relative");
        assertTrue(about.contains("href=\"../../css/main."), about);
    }

    @Test
    void checkReportsProblemsWithoutTouchingTheOutput() {
        Path site = TestSites.copy("basic", tmp);
        TestSites.Run ok = TestSites.cli("check", "--site", site.toString());
        assertEquals(0, ok.code(), ok.err());
        assertFalse(Files.exists(site.resolve("site-output")), "check writes nothing into the site");
        assertTrue(ok.err().contains("placeholder link \"Lost Tool\""), ok.err());
        TestSites.write(site.resolve("content/en/about.md"), "---\ntitle: About\nweight: x\n---\n");
        TestSites.Run bad = TestSites.cli("check", "--site", site.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("content/en/about.md:3:9: error: 'weight' must be a whole number"), bad.err());
        assertFalse(Files.exists(site.resolve("site-output")));
    }

    @Test
    void checkExternalListsTheLinksThatLeaveTheSite() {
        Path site = TestSites.copy("basic", tmp);
        TestSites.Run run = TestSites.cli("check", "--site", site.toString(), "--external");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("2 external links (not checked: Dossier works offline)\n"
                + "  https://example.org/tool\n      on en/about/index.html\n"
                + "  https://example.org/x\n      on en/about/index.html\n"), run.out());
    }

    @Test
    void summaryLineCountsPagesWarningsErrorsAndTime() {
        Path site = TestSites.copy("basic", tmp);
        TestSites.Run run = TestSites.cli("build", "--site", site.toString());
        assertTrue(run.out().strip().matches("Built 7 pages \\(en 7\\) · 1 warnings · 0 errors · \\d+\\.\\d\\d s"), run.out());
    }

    @Test
    void keepsPlaceholderFilesOfTheOutputFolder() {
        Path site = TestSites.copy("basic", tmp);
        TestSites.write(site.resolve("site-output/.gitkeep"), "");
        assertEquals(0, TestSites.cli("build", "--site", site.toString()).code());
        assertEquals(0, TestSites.cli("build", "--site", site.toString()).code());
        assertTrue(Files.exists(site.resolve("site-output/.gitkeep")));
        assertTrue(Files.exists(site.resolve("site-output/en/index.html")));
    }
}
