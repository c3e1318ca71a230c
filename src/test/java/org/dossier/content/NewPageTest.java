package org.dossier.content;

import org.dossier.TestSites;
import org.dossier.config.FieldSpec;
import org.dossier.config.SiteConfig;
import org.dossier.config.Yaml;
import org.dossier.problems.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewPageTest {

    @TempDir
    Path tmp;

    private SiteConfig config() {
        return new SiteConfig(tmp, "T", "", "/", "en", "default", List.of(),
                Map.of("number", new FieldSpec("number", "integer", true),
                        "cities", new FieldSpec("cities", "list", true),
                        "lead", new FieldSpec("lead", "text", false),
                        "author", new FieldSpec("author", "map", false),
                        "track", new FieldSpec("track", "integer", true)),
                Map.of(), List.of(), List.of(), List.of(), true);
    }

    private static Map<String, Object> front(String text) {
        return FrontMatter.split(text, "x.md", new Problems()).data();
    }

    @Test
    void dropsKeysWithAllTheirLines() {
        String yaml = "title: T\n# a comment\ncities:\n- A\n- B\nlead: >-\n  two\n\n  paragraphs\nweight: 3\n"
                + "\"number\": 4\ndescription: d\n";
        assertEquals("title: T\n# a comment\nlead: >-\n  two\n\n  paragraphs\ndescription: d\n",
                NewPage.withoutKeys(yaml, Set.of("cities", "weight", "number")));
    }

    @Test
    void aTranslationIsTheSourceLessWhatItInheritsStampedWithItsRevision() {
        String source = "---\ntitle: T\nnumber: 2\nlead: \"L\"\nweight: 1\ndraft: false\ndate: 2026-05-27\n---\nBody.\n";
        String copy = NewPage.translation(config(), source, "content/en/x.md", new Problems());
        String revision = Revisions.of(front(source), "Body.\n", config().fields());
        assertEquals("---\ntitle: T\nlead: \"L\"\ntranslated_from: \"" + revision + "\"\n---\nBody.\n", copy);
        Map<String, Object> data = front(copy);
        assertTrue(Revisions.untranslated(data, "Body.\n", revision, config().fields()), "a copy, not yet translated");
        assertTrue(Revisions.untranslated(data, "Body.\n", "another", config().fields()),
                "still the text it was stamped with, whatever the source became");
        assertFalse(Revisions.untranslated(data, "Corpo.\n", revision, config().fields()), "the body translated");
        assertFalse(Revisions.untranslated(front(copy.replace("lead: \"L\"", "lead: \"El\"")), "Body.\n", revision,
                config().fields()), "a text field translated");
        assertTrue(Revisions.untranslated(front(copy.replace("translated_from", "# was")), "Body.\n", revision,
                config().fields()), "an unstamped copy of the current source");
    }

    @Test
    void yamlTheLineFilterDoesNotFollowIsWrittenOut() {
        // an anchor on a dropped key: without its line the alias would dangle, so the values are written instead
        String source = "---\ntitle: &t T\nnumber: &n 2\nlead: *n\n---\nBody.\n";
        String copy = NewPage.translation(config(), source, "content/en/x.md", new Problems());
        assertTrue(copy.startsWith("---\ntitle: \"T\"\nlead: 2\ntranslated_from: "), copy);
        assertEquals(Map.of("title", "T", "lead", 2), Map.of("title", front(copy).get("title"), "lead", front(copy).get("lead")));
    }

    @Test
    void aBrokenSourceIsReported() {
        Problems problems = new Problems();
        assertNull(NewPage.translation(config(), "---\ntitle: [\n---\n", "content/en/x.md", problems));
        assertTrue(problems.all().get(0).format().startsWith("content/en/x.md:"), problems.all().toString());
    }

    @Test
    void aNewPageGetsTheKeysOfItsKindNumberedAfterItsSiblings() {
        TestSites.write(tmp.resolve("content/en/dives/a.md"), "---\ntitle: A\ndescription: a\nnumber: 1\nweight: 1\n"
                + "cities: [X]\nlead: l\nauthor: {name: N, role: R}\nslug: a-dive\n---\n");
        TestSites.write(tmp.resolve("content/en/dives/b.md"), "---\ntitle: B\ndescription: b\nnumber: 2\nweight: 2\n"
                + "cities: [Y]\nlead: l\nauthor: {name: M}\n---\n");
        TestSites.write(tmp.resolve("content/en/dives/c.md"), "---\ntitle: C\ndescription: c\nnumber: 3\n---\n");
        TestSites.write(tmp.resolve("content/en/dives/_index.md"), "---\ntitle: Dives\ntrack: 1\n---\n");
        String text = NewPage.page(config(), "en", "dives/d.md");
        Map<String, Object> data = front(text);
        assertEquals(List.of("title", "description", "number"), List.copyOf(data.keySet()), text);
        assertEquals(4, data.get("number"));

        TestSites.write(tmp.resolve("content/en/dives/c.md"), "---\ntitle: C\ndescription: c\nnumber: 3\nweight: 3\n"
                + "cities: []\nlead: l\nauthor: {name: O}\n---\n");
        data = front(NewPage.page(config(), "en", "dives/d.md"));
        assertEquals(Map.of("title", "TODO: the page's title", "number", 4, "weight", 4, "cities", List.of(),
                "lead", "TODO: lead", "author", Map.of("name", "TODO: name", "role", "TODO: role")),
                Map.of("title", data.get("title"), "number", data.get("number"), "weight", data.get("weight"),
                        "cities", data.get("cities"), "lead", data.get("lead"), "author", data.get("author")));
        assertFalse(data.containsKey("slug"), "a page's own address is its own");

        TestSites.write(tmp.resolve("content/en/talks/_index.md"), "---\ntitle: Talks\ndescription: t\ntrack: 2\n---\n");
        Map<String, Object> section = front(NewPage.page(config(), "en", "more/_index.md"));
        assertEquals(3, section.get("track"), "the other sections of its parent folder are its siblings");
        assertEquals("TODO: the section's title", section.get("title"));
        assertEquals(List.of("title", "description"), List.copyOf(front(NewPage.page(config(), "en", "solo.md")).keySet()),
                "no sibling: title and description");
    }

    @Test
    void valuesAreWrittenAsYamlReadsThem() {
        Object value = Map.of("a b", List.of("x \"y\"", 1, true), "c", Map.of());
        assertEquals(value, Yaml.parse("v: " + NewPage.yaml(value), "x", 1).map().get("v"));
    }
}
