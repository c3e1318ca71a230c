package org.dossier.serve;

import org.dossier.TestSites;
import org.dossier.problems.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceExcerptTest {

    @TempDir
    Path tmp;

    @Test
    void theLineWithACaretUnderTheColumn() {
        Path site = tmp.resolve("site");
        TestSites.write(site.resolve("content/en/a.md"), "---\ntitle: A\nweight: abc\n---\nText.\n");
        Optional<SourceExcerpt> e = SourceExcerpt.of(site, Problem.error("content/en/a.md", 3, 9, "m", "h"));
        assertEquals(Optional.of(new SourceExcerpt("weight: abc", "        ^")), e);
        assertEquals(Optional.of(new SourceExcerpt("weight: abc", "")),
                SourceExcerpt.of(site, Problem.error("content/en/a.md", 3, 0, "m", "h")), "no column, no caret");
    }

    @Test
    void tabsAreKeptSoThatTheCaretStandsUnderTheCharacter() {
        assertEquals(new SourceExcerpt("\tkey:\tx", "\t    \t^"), SourceExcerpt.at("\tkey:\tx", 7));
        assertEquals(new SourceExcerpt("ab", "  ^"), SourceExcerpt.at("ab", 9), "past the end: after the last character");
        assertEquals(new SourceExcerpt("\r", "^"), SourceExcerpt.at("\r", 1));
    }

    @Test
    void aLongLineIsCutAroundTheColumn() {
        String line = "x".repeat(1000) + "HERE" + "y".repeat(1000);
        SourceExcerpt e = SourceExcerpt.at(line, 1001);
        assertTrue(e.line().startsWith("…") && e.line().endsWith("…"), e.line());
        assertTrue(e.line().length() <= SourceExcerpt.WIDTH + 2, e.line());
        assertEquals("HERE", e.line().substring(e.caret().length() - 1, e.caret().length() + 3), "caret under H");
        SourceExcerpt start = SourceExcerpt.at(line, 3);
        assertTrue(!start.line().startsWith("…") && start.line().endsWith("…"));
        assertEquals("  ^", start.caret());
        SourceExcerpt end = SourceExcerpt.at(line, line.length());
        assertEquals('y', end.line().charAt(end.caret().length() - 1));
        assertTrue(!end.line().endsWith("…"));
    }

    @Test
    void nothingWhenThereIsNoLineToShowOrTheFileIsNotTheSites() throws Exception {
        Path site = tmp.resolve("site");
        TestSites.write(site.resolve("content/en/a.md"), "one line\n");
        TestSites.write(tmp.resolve("secret.txt"), "SECRET\n");
        Files.write(site.resolve("content/en/latin1.md"), new byte[] {'c', 'a', 'f', (byte) 0xe9, '\n'});
        for (Problem p : new Problem[] {Problem.error("content/en/a.md", 0, 0, "m", ""),
                Problem.error("content/en/a.md", 2, 1, "m", ""), Problem.error("", 1, 1, "m", ""),
                Problem.error("content/en/none.md", 1, 1, "m", ""), Problem.error("../secret.txt", 1, 1, "m", ""),
                Problem.error(tmp.resolve("secret.txt").toString(), 1, 1, "m", ""),
                Problem.error("content/en", 1, 1, "m", ""), Problem.error("content/en/latin1.md", 1, 1, "m", "")}) {
            assertEquals(Optional.empty(), SourceExcerpt.of(site, p), p.toString());
        }
    }
}
