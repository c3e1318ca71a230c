package org.dossier.cli;

import org.dossier.TestSites;
import org.dossier.problems.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the terminal shows of a build's problems: the warnings that repeat on every build counted in one line per
 * kind on a normal build, listed by --verbose and by check; errors and other warnings always in full.
 */
class ProblemReportTest {

    private static final String COUNTED = "4 warnings about placeholder links (links without an address yet)"
            + " — see them with --verbose or `dossier check`";
    private static final List<String> NAMES = List.of("Lost Tool", "Tool One", "Tool Two", "Tool Three");

    @TempDir
    Path tmp;
    Path site;

    @BeforeEach
    void setUp() {
        // the fixture's about.md has one placeholder link; this page three more, and no description
        site = TestSites.copy("basic", tmp);
        TestSites.write(site.resolve("content/en/links.md"),
                "---\ntitle: Links\n---\nA [Tool One](#), a [Tool Two](#)\nand a [Tool Three](#).\n");
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).filter(l -> !l.isBlank()).toList();
    }

    private static long placeholderLines(String err) {
        return lines(err).stream().filter(l -> l.contains(": warning: placeholder link \"")).count();
    }

    @Test
    void aNormalBuildCountsThePlaceholderLinksInOneLine() {
        TestSites.Run run = TestSites.cli("build", "--site", site.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("content/en/links.md:1:1: warning: the page has no description — add 'description: \"…\"':"
                + " it is shown in search results, link previews and cards", COUNTED), lines(run.err()));
        assertTrue(run.out().contains(" · 5 warnings · 0 errors · "), "the summary counts them all: " + run.out());
    }

    @Test
    void verboseListsEveryPlaceholderLink() {
        TestSites.Run run = TestSites.cli("build", "--site", site.toString(), "--verbose");
        assertEquals(0, run.code(), run.err());
        assertEquals(4, placeholderLines(run.err()), run.err());
        assertTrue(run.err().contains("content/en/links.md:5: warning: placeholder link \"Tool Three\" has no address yet"
                + " — add \"Tool Three\": https://… to content/_data/links.yaml\n"), run.err());
        assertFalse(run.err().contains("warnings about"), run.err());
        assertTrue(run.err().contains("warning: the page has no description"), run.err());
    }

    @Test
    void checkListsEveryProblem() {
        TestSites.Run run = TestSites.cli("check", "--site", site.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(4, placeholderLines(run.err()), run.err());
        for (String name : NAMES) assertTrue(run.err().contains("placeholder link \"" + name + "\""), run.err());
        assertFalse(run.err().contains("warnings about"), run.err());
    }

    @Test
    void errorsArePrintedInFullBesideTheCount() {
        TestSites.write(site.resolve("content/en/links.md"), "---\ntitle: Links\ndescription: Links.\n---\n"
                + "A [Tool One](#), a [Tool Two](#)\nand a [Tool Three](#), [gone](/en/nowhere/).\n");
        TestSites.Run run = TestSites.cli("build", "--site", site.toString());
        assertEquals(1, run.code(), run.err());
        List<String> lines = lines(run.err());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("content/en/links.md:6:") && l.contains(": error: ")
                && l.contains("/en/nowhere/")), run.err());
        assertTrue(lines.contains(COUNTED), run.err());
        assertEquals(0, placeholderLines(run.err()), run.err());
    }

    @Test
    void repeatingWarningsAreCountedPerKindAndTheRestListed() {
        List<Problem> problems = List.of(
                Problem.warning(Problem.Kind.PLACEHOLDER_LINK, "content/en/a.md", 3, 0, "placeholder link \"A\"", ""),
                Problem.warning(Problem.Kind.MISSING_UI_STRING, "i18n/it.yaml", 0, 0, "UI string 'a' is missing", ""),
                Problem.error("content/en/b.md", 2, 9, "'weight' must be a whole number", "write e.g. weight: 3"),
                Problem.warning(Problem.Kind.PLACEHOLDER_LINK, "content/it/a.md", 3, 0, "placeholder link \"A\"", ""),
                Problem.warning(Problem.Kind.MISSING_DESCRIPTION, "content/en/c.md", 1, 1, "no description", ""),
                Problem.warning("content/en/d.md", 1, 0, "something else", ""));
        assertEquals(List.of(
                "content/en/b.md:2:9: error: 'weight' must be a whole number — write e.g. weight: 3",
                "content/en/c.md:1:1: warning: no description",
                "content/en/d.md:1: warning: something else",
                "2 warnings about placeholder links (links without an address yet) — see them with --verbose or `dossier check`",
                "1 warning about UI strings missing in a language (the default language's text is shown) — see them with"
                        + " --verbose or `dossier check`"), ProblemReport.lines(problems, false));
        assertEquals(problems.stream().map(Problem::format).toList(), ProblemReport.lines(problems, true));
        // an error is never counted away, whatever its kind
        Problem error = new Problem(Problem.Severity.ERROR, "x.md", 1, 0, "bad", "", Problem.Kind.PLACEHOLDER_LINK);
        assertEquals(List.of("x.md:1: error: bad"), ProblemReport.lines(List.of(error), false));
    }
}
