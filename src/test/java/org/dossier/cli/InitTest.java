package org.dossier.cli;

import org.dossier.TestSites;
import org.dossier.config.Yaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** dossier init: a new site that builds as it is, and never in a folder that holds anything. */
class InitTest {

    @TempDir
    Path tmp;

    @Test
    void makesASiteThatBuildsWithNoErrorAndNoWarning() {
        Path dir = tmp.resolve("annual-report");
        TestSites.Run init = TestSites.cli("init", dir.toString());
        assertEquals(0, init.code(), init.err());
        for (String f : new String[]{"content/site.yaml", "content/en/_index.md", "i18n/en.yaml", ".gitignore",
                "themes/default/templates/page.ftl", "themes/default/static/css/site.css"}) {
            assertTrue(Files.isRegularFile(dir.resolve(f)), f + " made");
            assertTrue(init.out().contains(f.startsWith("themes/") ? "themes/default/" : f), "listed: " + f + "\n" + init.out());
        }
        assertTrue(init.out().contains("cd " + dir + " && dossier serve"), init.out());

        TestSites.Run build = TestSites.cli("build", "--site", dir.toString());
        assertEquals(0, build.code(), build.err());
        assertEquals("", build.err(), "no problem at all");
        assertTrue(build.out().contains("Built 1 pages (en 1) · 0 warnings · 0 errors"), build.out());
        assertEquals("Annual report", TestSites.html(dir.resolve("site-output/en/index.html")).selectFirst("h1").text(),
                "titled after its folder");
    }

    @Test
    void theThemeIsACopyOfTheDefaultThemeAndTheLocaleFileHasEveryString() {
        Path dir = tmp.resolve("site");
        assertEquals(0, TestSites.cli("init", dir.toString()).code());
        TreeMap<String, String> theme = TestSites.snapshot(TestSites.project().resolve("themes/default"));
        theme.keySet().removeIf(f -> f.startsWith("screenshots/")); // the README's pictures of the brief stay behind
        assertEquals(theme, TestSites.snapshot(dir.resolve("themes/default")));

        Map<String, Object> project = Yaml.parse(TestSites.read(TestSites.project().resolve("i18n/en.yaml")), "en", 1).map();
        Map<String, Object> made = Yaml.parse(TestSites.read(dir.resolve("i18n/en.yaml")), "en", 1).map();
        assertEquals(project.get("language"), made.get("language"));
        assertEquals(((Map<?, ?>) project.get("strings")).keySet(), ((Map<?, ?>) made.get("strings")).keySet(),
                "the starter's locale file has every UI string of the theme, and no other");
        assertFalse(TestSites.read(dir.resolve("i18n/en.yaml")).toLowerCase().contains("brief"),
                "the new site's words are its own, not the brief's");
    }

    @Test
    void pagesAndSectionsMadeWithNewBuildWithNoWarningEither() {
        Path dir = tmp.resolve("site");
        assertEquals(0, TestSites.cli("init", dir.toString()).code());
        for (String f : new String[]{"content/en/about.md", "content/en/guide/_index.md", "content/en/guide/first.md"}) {
            TestSites.Run run = TestSites.cli("new", f, "--site", dir.toString());
            assertEquals(0, run.code(), run.err());
        }
        TestSites.Run build = TestSites.cli("build", "--site", dir.toString());
        assertEquals(0, build.code(), build.err());
        assertTrue(build.out().contains("Built 4 pages (en 4) · 0 warnings · 0 errors"), build.out() + build.err());
    }

    @Test
    void anEmptyFolderWillDo() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("empty"));
        TestSites.Run init = TestSites.cli("init", dir.toString());
        assertEquals(0, init.code(), init.err());
        assertTrue(Files.isRegularFile(dir.resolve("content/site.yaml")));
    }

    @Test
    void refusesAFolderThatHoldsAnything() {
        Path dir = tmp.resolve("busy");
        TestSites.write(dir.resolve("notes.txt"), "mine");
        TreeMap<String, String> before = TestSites.snapshot(dir);
        TestSites.Run init = TestSites.cli("init", dir.toString());
        assertEquals(1, init.code());
        assertTrue(init.err().contains(dir + ": error: the folder is not empty"), init.err());
        assertEquals(before, TestSites.snapshot(dir), "nothing written");

        TestSites.Run file = TestSites.cli("init", dir.resolve("notes.txt").toString());
        assertEquals(1, file.code());
        assertTrue(file.err().contains("this is a file, not a folder"), file.err());
        assertEquals(2, TestSites.cli("init").code(), "the folder is required");
    }
}
