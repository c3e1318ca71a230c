package org.dossier.pipeline;

import org.dossier.TestSites;
import org.dossier.problems.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The front matter schema a theme declares in theme.yaml, on a fixture whose theme ("talks") requires keys per kind
 * and per layout: a missing required key or a value of the wrong type is an error at its file and line, keys the
 * theme declares are known, fallbacks and data pages are not held to the layouts' requirements, a translation is
 * checked after it inherits the neutral fields, theme.yaml and site.yaml's fields combine; and the brief, whose
 * default theme declares its fields, loads without a problem.
 */
class ThemeSchemaTest {

    @TempDir
    Path tmp;
    Path site;

    @BeforeEach
    void setUp() {
        site = TestSites.copy("schema", tmp);
    }

    private TestSites.Run check() {
        return TestSites.cli("check", "--site", site.toString());
    }

    /** Rewrites a file of the site: replaces {@code from} (which must be there) by {@code to}. */
    private void edit(String path, String from, String to) {
        String text = TestSites.read(site.resolve(path));
        assertTrue(text.contains(from), path + " holds «" + from + "»");
        TestSites.write(site.resolve(path), text.replace(from, to));
    }

    private static void assertReports(TestSites.Run run, String expected) {
        assertTrue(run.err().contains(expected), () -> "expected «" + expected + "» in:\n" + run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace:\n" + run.err());
    }

    private static long count(String text, String what) {
        return text.lines().filter(l -> l.contains(what)).count();
    }

    @Test
    void theFixtureMeetsItsThemesSchema() {
        // the Italian tree has a translation without the neutral 'number' (inherited), fallbacks for the pages it
        // lacks, and, like the English one, pages made from data files, which have no 'summary'
        TestSites.Run run = TestSites.cli("build", "--site", site.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("0 warnings · 0 errors"), run.out());
        Path out = site.resolve("site-output");
        assertEquals("Talk 1", TestSites.html(out.resolve("it/talks/first/index.html")).selectFirst(".number").text());
        assertTrue(TestSites.html(out.resolve("it/talks/second/index.html")).selectFirst(".number") != null, "a fallback");
        assertEquals("Analyst", TestSites.html(out.resolve("en/people/ada-lovelace/index.html")).selectFirst(".role").text());
    }

    @Test
    void aMissingRequiredKeyIsAnErrorAtLineOneNamingTheLayout() {
        edit("content/en/talks/second.md", "key_message: End well.\n", "");
        TestSites.Run run = check();
        assertEquals(1, run.code(), run.err());
        String expected = "content/en/talks/second.md:1:1: error: missing front matter key 'key_message' — add"
                + " 'key_message: …' — the theme's talks/page layout needs it";
        assertReports(run, expected);
        assertEquals(1, count(run.err(), "missing front matter key"), "once, not again for its Italian fallback:\n" + run.err());
        assertTrue(run.out().contains("Failed:"), run.out());
    }

    @Test
    void aKindsRequirementHoldsForEveryPageOfThatKind() {
        edit("content/en/about.md", "summary: What the day is.\n", "");
        edit("content/en/_index.md", "tagline: Short talks, long thoughts\n", "");
        edit("content/en/talks/second.md", "summary: How the day closes.\n", "");
        TestSites.Run run = check();
        assertEquals(1, run.code(), run.err());
        assertReports(run, "content/en/talks/second.md:1:1: error: missing front matter key 'summary' — add"
                + " 'summary: …' — the theme needs it on every page that is not an _index.md");
        assertReports(run, "content/en/about.md:1:1: error: missing front matter key 'summary' — add 'summary: …'"
                + " — the theme needs it on every page that is not an _index.md");
        assertReports(run, "content/en/_index.md:1:1: error: missing front matter key 'tagline' — add 'tagline: …'"
                + " — the theme needs it on the home page");
        assertEquals(3, count(run.err(), "error:"), run.err());
    }

    @Test
    void aTranslationIsCheckedAfterItInheritsTheNeutralFields() {
        edit("content/it/talks/first.md", "key_message: Iniziare in piccolo.\n", "");
        TestSites.Run run = check();
        assertEquals(1, run.code(), run.err());
        assertReports(run, "content/it/talks/first.md:1:1: error: missing front matter key 'key_message' — add"
                + " 'key_message: …' — the theme's talks/page layout needs it");
        assertFalse(run.err().contains("'number'"), "number is neutral: the translation inherits it\n" + run.err());
        // a neutral key the source lacks: reported where it belongs, not again in the translation
        edit("content/en/talks/first.md", "number: 1\n", "");
        run = check();
        assertReports(run, "content/en/talks/first.md:1:1: error: missing front matter key 'number'");
        assertEquals(1, count(run.err(), "'number'"), run.err());
    }

    @Test
    void aPagesOwnLayoutIsWhatItIsCheckedAgainst() {
        // about.md rendered with talks/page must have what that layout needs; a talk rendered with page.ftl need not
        edit("content/en/about.md", "summary: What the day is.\n", "summary: What the day is.\nlayout: talks/page\n");
        edit("content/en/talks/second.md", "key_message: End well.\n", "layout: page\n");
        TestSites.Run run = check();
        assertEquals(1, run.code(), run.err());
        assertReports(run, "content/en/about.md:1:1: error: missing front matter key 'number' — add 'number: …'"
                + " (a whole number) — the theme's talks/page layout needs it");
        assertReports(run, "content/en/about.md:1:1: error: missing front matter key 'key_message'");
        assertFalse(run.err().contains("second.md"), run.err());
    }

    @Test
    void aValueOfTheWrongTypeIsAnErrorAtItsLine() {
        edit("content/en/talks/first.md", "number: 1\n", "number: \"one\"\n");
        edit("content/en/talks/first.md", "{name: Ada Lovelace, role: Analyst}", "{role: Analyst}");
        edit("content/en/talks/first.md", "tags: [opening, day]", "tags: [opening, [day]]");
        TestSites.Run run = check();
        assertEquals(1, run.code(), run.err());
        assertReports(run, "content/en/talks/first.md:5:9: error: 'number' must be a whole number — found \"one\""
                + " — write e.g. number: 3");
        assertReports(run, "content/en/talks/first.md:7:11: error: item 1 of 'speakers' has no 'name' — write e.g."
                + " speakers: [{name: …}]");
        assertReports(run, "content/en/talks/first.md:9:7: error: item 2 of 'tags' must be text — found a list");
    }

    @Test
    void anUnknownKeySuggestsAKeyOfTheThemeOrOfTheSite() {
        edit("content/en/talks/second.md", "key_message: End well.\n", "key_message: End well.\nkey_mesage: x\nrooom: B\n");
        TestSites.Run run = check();
        // an unknown key is reported as it was before theme.yaml, with the keys the theme declares as known ones
        assertReports(run, "content/en/talks/second.md:7:1: error: unknown front matter key 'key_mesage' — did you"
                + " mean 'key_message'?");
        assertReports(run, "content/en/talks/second.md:8:1: error: unknown front matter key 'rooom' — did you mean 'room'?");
    }

    @Test
    void dossierNewWritesTheKeysTheThemeRequires() {
        // a page with no sibling to copy from still gets what its kind needs, and the site still builds
        TestSites.Run made = TestSites.cli("new", "content/en/keynotes/opening.md", "--site", site.toString());
        assertEquals(0, made.code(), made.err());
        String text = TestSites.read(site.resolve("content/en/keynotes/opening.md"));
        assertTrue(text.contains("\nsummary: \"TODO: summary\"\n"), text);
        made = TestSites.cli("new", "content/en/talks/third.md", "--site", site.toString());
        assertEquals(0, made.code(), made.err());
        text = TestSites.read(site.resolve("content/en/talks/third.md"));
        assertTrue(text.contains("\nnumber: 3\n") && text.contains("\nkey_message: \"TODO: key message\"\n"), text);
        TestSites.Run run = check();
        assertEquals(0, run.code(), run.err());
        assertFalse(run.err().contains("error:"), run.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            broken YAML                  | fields:\\n  number: [integer\\nlayouts: {}\\n | themes/talks/theme.yaml:3:8: error: broken YAML
            an unknown type              | fields:\\n  tagline: {type: string}\\n  number: {type: int}\\n | themes/talks/theme.yaml:3:1: error: field 'number' has unknown type 'int' — use one of string, text
            an unknown setting of a field | fields:\\n  number: {type: integer, neutrl: true}\\n | themes/talks/theme.yaml:2:1: error: field 'number' has an unknown setting 'neutrl' — did you mean 'neutral'?
            items of a field that is no list | fields:\\n  number: {type: integer, items: string}\\n | themes/talks/theme.yaml:2:1: error: field 'number' has 'items' but is not a list
            an unknown top-level key     | field:\\n  number: integer\\n | themes/talks/theme.yaml:1:1: error: unknown theme setting 'field' — did you mean 'fields'?
            a layout with no template    | layouts:\\n  talks/pages: {required: [title]}\\n | themes/talks/theme.yaml:2:1: error: theme.yaml describes the layout 'talks/pages', but the theme has no templates/talks/pages.ftl — did you mean 'talks/page'?
            an unknown setting of a layout | layouts:\\n  talks/page:\\n    requires: [title]\\n | themes/talks/theme.yaml:3:1: error: layout 'talks/page' has an unknown setting 'requires' — did you mean 'required'?
            a required key not declared  | fields:\\n  number: integer\\nlayouts:\\n  talks/page:\\n    required: [numbr]\\n | themes/talks/theme.yaml:5:1: error: layout 'talks/page' requires 'numbr', which the theme does not declare
            a built-in key among fields  | fields:\\n  weight: integer\\n | themes/talks/theme.yaml:2:1: error: 'weight' is a built-in front matter key
            """)
    void aBrokenThemeYamlIsAnErrorAtItsLine(String what, String yaml, String expected) {
        TestSites.write(site.resolve("themes/talks/theme.yaml"), yaml.replace("\\n", "\n"));
        TestSites.Run run = check();
        assertEquals(1, run.code(), run.err());
        assertReports(run, expected);
    }

    @Test
    void siteYamlAddsFieldsAndMayRedeclareTheThemesWithTheSameType() {
        // the theme's keys again with the same type (string for text too), and one of its own: the theme's declaration
        // stays, neutral included
        edit("content/site.yaml", "  room: {type: string}\n", "  room: {type: string}\n  number: {type: integer}\n"
                + "  speakers: {type: list, keys: [role]}\n  key_message: {type: string}\n");
        Builder.Loaded loaded = Builder.load(BuildOptions.of(site));
        assertEquals(List.of(), loaded.problems().all().stream().map(Problem::format).toList());
        assertTrue(loaded.config().fields().get("number").neutral(), "neutral as the theme says, site.yaml says nothing");
        assertEquals(List.of("name", "role"), loaded.config().fields().get("speakers").keys(), "keys are added");
        assertEquals("map", loaded.config().fields().get("speakers").items());
        assertEquals("string", loaded.config().fields().get("room").type());
        assertEquals("text", loaded.config().fields().get("key_message").type(), "string and text are one type");
        // site.yaml says it is not neutral on this site: the Italian talk no longer inherits the number it needs
        edit("content/site.yaml", "  number: {type: integer}\n", "  number: {type: integer, neutral: false}\n");
        TestSites.Run run = check();
        assertEquals(1, run.code(), run.err());
        assertReports(run, "content/it/talks/first.md:1:1: error: missing front matter key 'number'");
    }

    @Test
    void aTypeInSiteYamlThatConflictsWithTheThemesIsAnErrorInSiteYaml() {
        edit("content/site.yaml", "  room: {type: string}\n", "  room: {type: string}\n  number: {type: string}\n");
        TestSites.Run run = check();
        assertEquals(1, run.code(), run.err());
        assertReports(run, "content/site.yaml:8:1: error: field 'number' is string here, but the theme declares it"
                + " integer (themes/talks/theme.yaml:5) — remove it from content/site.yaml (the theme declares it),"
                + " or give it the theme's type: number: {type: integer}");
    }

    @Test
    void theBriefMeetsTheDefaultThemesSchema() {
        Builder.Loaded loaded = Builder.load(BuildOptions.of(TestSites.project()));
        assertEquals(List.of(), loaded.problems().all().stream().map(Problem::format).toList());
        assertTrue(loaded.config().fields().containsKey("key_message"), "the default theme declares the brief's keys");
        assertTrue(loaded.config().fields().get("code").neutral());
    }

    @Test
    void theBriefStillLoadsWithTheFieldsItsSiteYamlDeclaredBeforeTheThemeDid() {
        Path brief = tmp.resolve("brief");
        for (String dir : List.of("content", "themes/default", "i18n")) {
            TestSites.copyTree(TestSites.project().resolve(dir), brief.resolve(dir));
        }
        Path yaml = brief.resolve("content/site.yaml");
        TestSites.write(yaml, TestSites.read(yaml) + """
                fields:
                  event: {type: string}
                  place: {type: string, neutral: true}
                  icon: {type: string, neutral: true}
                  tagline: {type: string}
                  author: {type: map}
                  number: {type: integer, neutral: true}
                  speakers: {type: list}
                  key_message: {type: text}
                  track: {type: integer, neutral: true}
                  summary: {type: text}
                  recommendation: {type: text}
                  toolbox: {type: list}
                  code: {type: string, neutral: true}
                  heading: {type: string}
                  lead: {type: text}
                  cities: {type: list, neutral: true}
                  partners: {type: list, neutral: true}
                  groups: {type: list}
                  venue: {type: string}
                  tracks: {type: list, neutral: true}
                """);
        Builder.Loaded loaded = Builder.load(BuildOptions.of(brief));
        assertEquals(List.of(), loaded.problems().all().stream().map(Problem::format).toList());
        Builder.Loaded now = Builder.load(BuildOptions.of(TestSites.project()));
        assertEquals(now.config().fields(), loaded.config().fields(), "the same fields as with the theme's alone");
    }
}
