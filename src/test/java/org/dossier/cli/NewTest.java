package org.dossier.cli;

import org.dossier.TestSites;
import org.dossier.config.Yaml;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** dossier new: pages and sections with the front matter their kind needs; never over a file, never outside. */
class NewTest {

    @TempDir
    Path tmp;

    Path site;

    @BeforeEach
    void setUp() {
        site = TestSites.multilingual(tmp); // en and it; guide/ has intro.md (weight 1, code) and extra.md (weight 2)
    }

    private TestSites.Run make(String file) {
        return TestSites.cli("new", file, "--site", site.toString());
    }

    private Map<String, Object> frontMatter(String file) {
        String text = TestSites.read(site.resolve(file));
        assertTrue(text.startsWith("---\n"), text);
        return Yaml.parse(text.substring(4, text.indexOf("\n---\n", 3) + 1), file, 2).map();
    }

    @Test
    void makesAPageWithWhatItsSiblingsHave() throws Exception {
        TestSites.Run run = make("content/en/guide/more.md");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Made content/en/guide/more.md: a new page"), run.out());
        Map<String, Object> front = frontMatter("content/en/guide/more.md");
        assertEquals(List.of("title", "description", "weight"), List.copyOf(front.keySet()),
                "code is on one sibling only: not every page of the kind has it");
        assertTrue(String.valueOf(front.get("title")).startsWith("TODO: "), front.toString());
        assertTrue(String.valueOf(front.get("description")).startsWith("TODO: "), front.toString());
        assertEquals(3, front.get("weight"), "after its siblings");
        assertTrue(TestSites.read(site.resolve("content/en/guide/more.md")).contains("\nTODO: the page's text"));

        Files.delete(site.resolve("content/en/guide/more.md"));
        TestSites.write(site.resolve("content/en/guide/extra.md"), "---\ntitle: Extra\ndescription: d\nweight: 2\n"
                + "code: \"A2\"\n---\nx\n");
        assertEquals(0, make("content/en/guide/last.md").code());
        assertEquals("TODO: code", frontMatter("content/en/guide/last.md").get("code"),
                "a field every sibling has, to fill in");

        TestSites.Run build = TestSites.cli("build", "--site", site.toString());
        assertEquals(0, build.code(), build.err());
        assertFalse(build.err().contains("content/en/guide/last.md"), build.err());
    }

    @Test
    void makesASection() {
        TestSites.Run run = make("content/en/reference/_index.md");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("a new section"), run.out());
        Map<String, Object> front = frontMatter("content/en/reference/_index.md");
        assertEquals("TODO: the section's title", front.get("title"));
        assertEquals(2, front.get("weight"), "after the other section, guide/ (weight 1)");
        assertEquals(0, TestSites.cli("build", "--site", site.toString()).code());
        assertEquals("TODO: the section's title",
                TestSites.html(site.resolve("site-output/en/reference/index.html")).selectFirst("h1").text());
    }

    @Test
    void neverOverwritesAFile() {
        Path file = site.resolve("content/en/guide/intro.md");
        String before = TestSites.read(file);
        TestSites.Run run = make("content/en/guide/intro.md");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("content/en/guide/intro.md: error: the file already exists"), run.err());
        assertEquals(before, TestSites.read(file));
        assertEquals(1, make("content/it/guide/intro.md").code(), "an existing translation neither");
    }

    @ParameterizedTest
    @ValueSource(strings = {"content/en/../../outside.md", "content/../outside.md", "content/en/guide/../../x.md",
            "/tmp/content/en/x.md", "pages/en/x.md", "content/en/x.txt", "content/en/_x.md", "content/en/.x.md",
            "content/en.md", "content/en//x.md"})
    void refusesPathsThatAreNoPageOrLeaveTheLanguageFolder(String path) {
        TreeMap<String, String> before = TestSites.snapshot(tmp);
        TestSites.Run run = make(path);
        assertEquals(2, run.code(), run.out() + run.err());
        assertTrue(run.err().contains("'" + path + "'"), run.err());
        assertEquals(before, TestSites.snapshot(tmp), "nothing written");
    }

    @Test
    void refusesALanguageTheSiteDoesNotHave() {
        TestSites.Run run = make("content/fr/guide/intro.md");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("content/fr/guide/intro.md: error: the site has no language 'fr' — use one of: en, it"),
                run.err());
        assertFalse(Files.exists(site.resolve("content/fr")));
    }

    @Test
    void refusesASectionMadeFromADataFile() {
        Path basic = TestSites.copy("basic", tmp.resolve("b"));
        TestSites.write(basic.resolve("content/site.yaml"), TestSites.read(basic.resolve("content/site.yaml"))
                + "data_pages:\n  people: {data: people, key: name}\n");
        TestSites.Run run = TestSites.cli("new", "content/en/people/someone.md", "--site", basic.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("the pages of people/ are made from the data file content/_data/people.yaml"),
                run.err());
    }

    @Test
    void aMissingSiteIsReported() {
        TestSites.Run run = TestSites.cli("new", "content/en/x.md", "--site", tmp.resolve("nowhere").toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("content/site.yaml: error: no site configuration found"), run.err());
        assertTrue(TestSites.cli("new", "--help").out().contains("Usage: dossier new"));
    }
}
