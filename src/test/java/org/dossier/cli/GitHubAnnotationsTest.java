package org.dossier.cli;

import org.dossier.TestSites;
import org.dossier.problems.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Problems as GitHub Actions workflow commands (annotations), printed only when GITHUB_ACTIONS is "true". */
class GitHubAnnotationsTest {

    private static final Map<String, String> GITHUB = Map.of("GITHUB_ACTIONS", "true");
    private static final String LOST_TOOL = "::warning file=content/en/about.md,line=34,title=Dossier%3A Placeholder link"
            + "::placeholder link \"Lost Tool\" has no address yet — add \"Lost Tool\": https://… to content/_data/links.yaml";

    @TempDir
    Path tmp;

    private static List<String> commands(String out) {
        return Arrays.stream(out.split("\n")).filter(l -> l.startsWith("::")).toList();
    }

    @Test
    void messagesAndPropertiesAreEscapedAsGitHubRequires() {
        assertEquals("50%25 done%0D%0Anext: a, b", GitHubAnnotations.data("50% done\r\nnext: a, b"));
        assertEquals("a%3A b%2C 5%25%0A", GitHubAnnotations.property("a: b, 5%\n"));
        Problem p = Problem.error("content/en/a,b:c.md", 4, 9, "'weight' must be a whole number — found \"50%\"",
                "write e.g.\nweight: 3");
        assertEquals("::error file=content/en/a%2Cb%3Ac.md,line=4,col=9,title=Dossier::'weight' must be a whole number"
                + " — found \"50%25\" — write e.g.%0Aweight: 3", GitHubAnnotations.command(p, ""));
    }

    @Test
    void fileLineAndColumnAreGivenWhenKnown() {
        assertEquals("::warning file=docs/i18n/it.yaml,title=Dossier%3A Missing UI string::UI string 'x' is missing",
                GitHubAnnotations.command(Problem.warning(Problem.Kind.MISSING_UI_STRING, "i18n/it.yaml", 0, 0,
                        "UI string 'x' is missing", ""), "docs/"));
        assertEquals("::warning file=content/en/a.md,line=7,title=Dossier::odd — fix it",
                GitHubAnnotations.command(Problem.warning("content/en/a.md", 7, 0, "odd", "fix it"), ""));
        assertEquals("::error title=Dossier::no site", GitHubAnnotations.command(Problem.error("", 0, 0, "no site", null), ""));
    }

    @Test
    void filesAreGivenFromTheRepositoryRoot() {
        Map<String, String> env = Map.of("GITHUB_ACTIONS", "true", "GITHUB_WORKSPACE", tmp.toString());
        assertEquals("", GitHubAnnotations.prefix(tmp, env));
        assertEquals("docs/site/", GitHubAnnotations.prefix(tmp.resolve("docs/site"), env));
        assertEquals("", GitHubAnnotations.prefix(tmp.resolveSibling("elsewhere"), env));
        assertEquals("", GitHubAnnotations.prefix(tmp.resolve("docs"), GITHUB));
    }

    @Test
    void repeatingWarningsOnlyFillTheAnnotationsGitHubKeeps() {
        List<Problem> problems = new ArrayList<>();
        for (int i = 1; i <= 3; i++) problems.add(Problem.error("content/en/e.md", i, 0, "error " + i, ""));
        for (int i = 1; i <= 20; i++) {
            problems.add(Problem.warning(Problem.Kind.PLACEHOLDER_LINK, "content/en/p.md", i, 0, "placeholder " + i, ""));
        }
        problems.add(Problem.warning(Problem.Kind.MISSING_DESCRIPTION, "content/en/z.md", 1, 1, "no description", ""));
        problems.add(Problem.warning("content/en/z.md", 2, 0, "other", ""));
        List<String> lines = GitHubAnnotations.commands(problems, "", true);
        assertEquals(3, lines.stream().filter(l -> l.startsWith("::error ")).count(), String.join("\n", lines));
        List<String> warnings = lines.stream().filter(l -> l.startsWith("::warning ")).toList();
        assertEquals(10, warnings.size(), String.join("\n", lines));
        assertTrue(warnings.get(0).endsWith("::no description") && warnings.get(1).endsWith("::other"), warnings.toString());
        assertTrue(warnings.get(9).endsWith("::placeholder 8"), warnings.toString());
        assertEquals("::notice title=Dossier::GitHub shows at most 10 error and 10 warning annotations per step; there are"
                + " 3 errors and 22 warnings: the log of this step lists them all", lines.get(lines.size() - 1));
        assertTrue(GitHubAnnotations.commands(problems, "", false).get(lines.size() - 1)
                .endsWith(": `dossier check` lists them all"));
        // within GitHub's limits, every problem is annotated and nothing more is said
        assertEquals(5, GitHubAnnotations.commands(problems.subList(0, 5), "", true).size());
    }

    @Test
    void checkInGitHubActionsAnnotatesEveryProblemBesidesTheUsualLines() {
        Path site = TestSites.copy("basic", tmp);
        TestSites.Run run = TestSites.cli(GITHUB, "check", "--site", site.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of(LOST_TOOL), commands(run.out()));
        assertTrue(run.err().contains("content/en/about.md:34: warning: placeholder link \"Lost Tool\""), run.err());
        assertTrue(run.out().strip().replaceAll("(?s).*\n", "").startsWith("Built 7 pages"), "the summary comes last: "
                + run.out());

        // the files, from the repository's root; an error fails the check
        TestSites.write(site.resolve("content/en/links.md"), "---\ntitle: Links\nweight: x\n---\n");
        TestSites.Run bad = TestSites.cli(Map.of("GITHUB_ACTIONS", "true", "GITHUB_WORKSPACE", tmp.toString()),
                "check", "--site", site.toString());
        assertEquals(1, bad.code(), bad.err());
        assertTrue(commands(bad.out()).contains("::error file=site/content/en/links.md,line=3,col=9,title=Dossier::'weight'"
                + " must be a whole number — found \"x\" — write e.g. weight: 3"), bad.out());

        // a build annotates too
        TestSites.Run build = TestSites.cli(GITHUB, "build", "--site", site.toString());
        assertEquals(1, build.code());
        assertTrue(commands(build.out()).get(0).startsWith("::error file=content/en/links.md,line=3,col=9,"), build.out());
    }

    @Test
    void outsideGitHubActionsNothingIsAnnotated() {
        Path site = TestSites.copy("basic", tmp);
        for (Map<String, String> env : List.of(Map.<String, String>of(), Map.of("GITHUB_ACTIONS", "false"),
                Map.of("CI", "true"))) {
            TestSites.Run run = TestSites.cli(env, "check", "--site", site.toString());
            assertEquals(0, run.code(), run.err());
            assertEquals(List.of(), commands(run.out()), env.toString());
            assertFalse(run.err().contains("::"), run.err());
        }
    }
}
