package org.dossier.pipeline;

import org.dossier.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A translation begun with {@code dossier new}: a stamped copy of the source less what translations inherit, shown as
 * a fallback and counted as started until its text changes, then a translation like any other.
 */
class StartedTranslationTest {

    @TempDir
    Path tmp;
    Path site;
    Path file;

    @BeforeEach
    void setUp() {
        site = TestSites.multilingual(tmp); // en and it; content/en/guide/extra.md has no Italian translation
        TestSites.write(site.resolve("content/en/guide/extra.md"), "---\ntitle: Extra\n"
                + "description: >-\n  Only in\n  English.\nweight: 2\ncode: \"B2\"\ndate: 2026-05-27\n"
                + "aliases: [/old-extra/]\nslug: extra\n---\nOnly English text.\n\nA second paragraph.\n");
        file = site.resolve("content/it/guide/extra.md");
        TestSites.Run run = TestSites.cli("new", "content/it/guide/extra.md", "--site", site.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Made content/it/guide/extra.md: a translation into Italiano of"
                + " content/en/guide/extra.md"), run.out());
    }

    private TestSites.Run i18n(String... extra) {
        String[] args = new String[extra.length + 3];
        args[0] = "i18n";
        args[1] = "--site";
        args[2] = site.toString();
        System.arraycopy(extra, 0, args, 3, extra.length);
        return TestSites.cli(args);
    }

    private Document built(String path) {
        TestSites.Run build = TestSites.cli("build", "--site", site.toString());
        assertEquals(0, build.code(), build.err());
        assertEquals("", build.err(), "no warning: a copy sets no neutral field differently");
        return TestSites.html(site.resolve("site-output").resolve(path));
    }

    @Test
    void theCopyHasTheSourcesTextLessWhatTranslationsInheritAndIsStamped() {
        String revision = Builder.load(BuildOptions.of(site)).model().page("it", "guide/intro.md").orElseThrow()
                .sourceRevision(); // a stamp is a revision like this one
        String copy = TestSites.read(file);
        assertTrue(copy.startsWith("---\ntitle: Extra\ndescription: >-\n  Only in\n  English.\nslug: extra\n"
                + "translated_from: \""), "the front matter as written, less code, weight, date and aliases:\n" + copy);
        assertTrue(copy.endsWith("\n---\nOnly English text.\n\nA second paragraph.\n"), copy);
        String stamp = copy.replaceFirst("(?s).*\ntranslated_from: \"(\\w+)\".*", "$1");
        assertEquals(revision.length(), stamp.length(), copy);

        // once translated, the page is fresh: the stamp is the source's current revision
        TestSites.write(file, copy.replace("title: Extra", "title: In più"));
        assertFalse(Builder.load(BuildOptions.of(site)).model().page("it", "guide/extra.md").orElseThrow().stale());
        assertTrue(i18n("--json").out().contains("\"translated\":4,\"fallback\":[],\"stale\":[],"));
    }

    @Test
    void untilItsTextChangesTheSiteShowsTheSourceAndCountsItAsStarted() {
        Document page = built("it/guida/extra/index.html");
        assertNotNull(page.selectFirst(".fallback-notice"), "the fallback notice, as for a missing translation");
        assertEquals("en", page.selectFirst("h1").attr("lang"));
        assertEquals("Extra", page.selectFirst("h1").text());

        TestSites.Run json = i18n("--json");
        assertTrue(json.out().contains("\"pages\":4,\"translated\":3,\"fallback\":[],\"stale\":[],"),
                json.out());
        assertTrue(json.out().contains("\"started\":[\"guide/extra.md\"]"), json.out());
        TestSites.Run text = i18n();
        assertTrue(text.out().contains("4 pages: 3 translated, 1 started, 0 falling back, 0 stale, 3 not stamped"),
                text.out());
        assertTrue(text.out().contains("it: started (still the en text, which the site shows until it is translated)\n"
                + "    content/it/guide/extra.md"), text.out());

        // --stamp leaves it alone (it is not a translation yet), and a change to the source does not make it one
        assertEquals(0, i18n("--stamp").code());
        Path en = site.resolve("content/en/guide/extra.md");
        TestSites.write(en, TestSites.read(en).replace("A second paragraph.", "A second, longer paragraph."));
        assertTrue(i18n("--json").out().contains("\"started\":[\"guide/extra.md\"]"), "still a copy of the source");
    }

    @Test
    void onceItsTextChangesItIsATranslation() {
        TestSites.write(file, TestSites.read(file).replace("Only English text.", "Solo testo italiano."));
        Document page = built("it/guida/extra/index.html");
        assertNull(page.selectFirst(".fallback-notice"));
        assertTrue(page.selectFirst("main").text().contains("Solo testo italiano."));
        assertFalse(page.selectFirst("h1").hasAttr("lang"), "its text is in the page's language");
        assertEquals("B2", Builder.load(BuildOptions.of(site)).model().page("it", "guide/extra.md").orElseThrow()
                .params().get("code"), "the neutral field comes from the source");

        TestSites.Run json = i18n("--json");
        assertTrue(json.out().contains("\"pages\":4,\"translated\":4,\"fallback\":[],\"stale\":[],"),
                json.out());
        assertTrue(json.out().contains("\"started\":[]"), json.out());

        Path en = site.resolve("content/en/guide/extra.md");
        TestSites.write(en, TestSites.read(en).replace("A second paragraph.", "A second, longer paragraph."));
        assertTrue(i18n("--json").out().contains("\"stale\":[\"guide/extra.md\"]"),
                "translated from the revision it was made from, which has moved on");
    }
}
