package org.dossier.serve;

import org.dossier.pipeline.BuildResult;
import org.dossier.problems.Problem;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What {@code dossier serve} prints, all in this one place: after the first build, every problem and the build's
 * summary line; after each rebuild, the problems that are new (not printed before: the others are only counted) and
 * one line saying what changed and what came of it:
 * {@code Rebuilt after content/en/editorial.md changed: 925 pages (3 changed) · 370 warnings · 0 errors · 0.84 s}, and
 * when the edited page was shown ahead of the rebuild, {@code · previewed in 14 ms}.
 */
public final class RebuildLog implements DevServer.Listener {

    private final Consumer<List<Problem>> problems;
    private final Consumer<String> lines;
    private final Set<Problem> printed = new HashSet<>();
    /** What the line of the rebuild under way says of its preview. */
    private String preview = "";

    /**
     * @param problems prints problems in full (the CLI's way of printing them)
     * @param lines    prints a line
     */
    public RebuildLog(Consumer<List<Problem>> problems, Consumer<String> lines) {
        this.problems = problems;
        this.lines = lines;
    }

    @Override
    public synchronized void built(Set<String> changed, Rebuild.Outcome outcome) {
        BuildResult r = outcome.result();
        List<Problem> fresh = r.problems().stream().filter(p -> !printed.contains(p)).toList();
        // a failed build may have stopped before the stage that reports the others: they are not gone
        if (r.ok()) printed.clear();
        printed.addAll(r.problems());
        if (!fresh.isEmpty()) problems.accept(fresh);
        lines.accept(changed.isEmpty() ? r.summary() : summary(changed, outcome) + preview);
        preview = "";
    }

    @Override
    public synchronized void previewed(Set<String> files, Duration took) {
        preview = " · previewed in " + took.toMillis() + " ms";
    }

    /** The line for a rebuild. */
    static String summary(Set<String> changed, Rebuild.Outcome outcome) {
        BuildResult r = outcome.result();
        String what = describe(changed);
        String time = String.format("%.2f s", r.time().toMillis() / 1000.0);
        if (!r.ok()) {
            return "Rebuild failed after " + what + " changed: " + count(r.errors(), "error") + " · "
                    + count(r.warnings(), "warning") + " · " + time + " — still serving the last good build";
        }
        int pages = r.pages().values().stream().mapToInt(Integer::intValue).sum();
        String changedPages = outcome.changedOutputs()
                .map(files -> " (" + files.stream().filter(f -> f.endsWith(".html")).count() + " changed)").orElse("");
        return "Rebuilt after " + what + " changed: " + count(pages, "page") + changedPages + " · "
                + count(r.warnings(), "warning") + " · " + count(r.errors(), "error") + " · " + time;
    }

    /** "content/en/a.md", "a, b and c", "a, b and 3 more files". */
    static String describe(Set<String> changed) {
        List<String> names = changed.stream().sorted().toList();
        if (names.size() <= 3) {
            return names.size() == 1 ? names.get(0)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        }
        return names.get(0) + ", " + names.get(1) + " and " + (names.size() - 2) + " more files";
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
