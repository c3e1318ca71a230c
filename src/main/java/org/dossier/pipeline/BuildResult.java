package org.dossier.pipeline;

import org.dossier.problems.Problem;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outcome of a build: pages per language, every problem found, the time it took, the UI string keys the
 * theme used (for the translation report), and the path part of the base URL the output is built for ("/brief/"),
 * which a server serves it under ("/" when site.yaml could not be read); how long each stage took; and the output
 * files that changed (relative to the output folder; null when unknown: every file may have).
 */
public record BuildResult(boolean ok, Map<String, Integer> pages, List<Problem> problems, Duration time,
                          Set<String> usedStrings, String basePath, List<Timings.Stage> stages, Set<String> changed) {

    public BuildResult(boolean ok, Map<String, Integer> pages, List<Problem> problems, Duration time,
                       Set<String> usedStrings, String basePath) {
        this(ok, pages, problems, time, usedStrings, basePath, List.of(), null);
    }

    public long errors() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }

    /** "Built 54 pages (en 27, it 27) · 74 warnings · 0 errors · 1.2 s" */
    public String summary() {
        int total = pages.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder per = new StringBuilder();
        pages.forEach((k, v) -> per.append(per.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return String.format("%s %d pages (%s) · %d warnings · %d errors · %.2f s", ok ? "Built" : "Failed:", total,
                per, warnings(), errors(), time.toMillis() / 1000.0);
    }
}
