package org.dossier.serve;

import org.dossier.pipeline.BuildResult;
import org.dossier.problems.Problem;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RebuildLogTest {

    private static final Problem WARN = Problem.warning("content/en/a.md", 3, 0, "placeholder link", "add it");
    private static final Problem ERR = Problem.error("content/en/b.md", 4, 9, "'weight' must be a whole number", "");

    private static Rebuild.Outcome outcome(boolean ok, Set<String> outputs, Problem... problems) {
        Map<String, Integer> pages = new LinkedHashMap<>();
        if (ok) {
            pages.put("en", 185);
            pages.put("it", 185);
        }
        return new Rebuild.Outcome(new BuildResult(ok, pages, List.of(problems), Duration.ofMillis(840), Set.of(), "/"),
                Optional.ofNullable(outputs));
    }

    @Test
    void oneLinePerRebuildSayingWhatChangedAndWhatCameOfIt() {
        assertEquals("Rebuilt after content/en/editorial.md changed: 370 pages (2 changed) · 1 warning · 0 errors · 0.84 s",
                RebuildLog.summary(Set.of("content/en/editorial.md"),
                        outcome(true, Set.of("en/editorial/index.html", "it/editorial/index.html", "en/search/data/t/3.js"), WARN)));
        assertEquals("Rebuilt after content/a.md and content/b.md changed: 370 pages · 0 warnings · 0 errors · 0.84 s",
                RebuildLog.summary(Set.of("content/b.md", "content/a.md"), outcome(true, null)), "changed files unknown");
        assertEquals("Rebuild failed after content/en/b.md changed: 1 error · 0 warnings · 0.84 s — still serving the"
                + " last good build", RebuildLog.summary(Set.of("content/en/b.md"), outcome(false, Set.of(), ERR)));
        assertEquals("a, b and c", RebuildLog.describe(Set.of("c", "a", "b")));
        assertEquals("a, b and 3 more files", RebuildLog.describe(Set.of("e", "d", "c", "a", "b")));
    }

    @Test
    void problemsArePrintedInFullOnceAndTheSummaryEveryTime() {
        List<List<Problem>> printed = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        RebuildLog log = new RebuildLog(printed::add, lines::add);
        log.built(Set.of(), outcome(true, Set.of(), WARN));
        assertEquals(List.of(List.of(WARN)), printed, "the first build: every problem");
        assertEquals("Built 370 pages (en 185, it 185) · 1 warnings · 0 errors · 0.84 s", lines.get(0));

        log.built(Set.of("content/en/b.md"), outcome(false, Set.of(), ERR));
        log.built(Set.of("content/en/b.md"), outcome(false, Set.of(), ERR));
        log.built(Set.of("content/en/b.md"), outcome(true, Set.of(), WARN));
        assertEquals(List.of(List.of(WARN), List.of(ERR)), printed, "the error once; the warning was not gone");
        assertEquals(4, lines.size());

        log.built(Set.of("content/en/a.md"), outcome(true, Set.of()));
        log.built(Set.of("content/en/a.md"), outcome(true, Set.of(), WARN));
        assertEquals(List.of(List.of(WARN), List.of(ERR), List.of(WARN)), printed, "gone, then back: new again");
    }
}
