package org.dossier.cli;

import org.dossier.problems.Problem;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the terminal shows of a build's problems: each one compiler-style, except that a normal build counts the
 * warnings of a repeating kind (placeholder links, missing UI strings: see {@link Problem.Kind}) in one line per kind,
 * which would otherwise bury every other message on every build. Errors and the other warnings are always in full.
 */
final class ProblemReport {

    private ProblemReport() {
    }

    /** The lines to print; {@code full} (check, --verbose) lists every problem. */
    static List<String> lines(List<Problem> problems, boolean full) {
        List<String> lines = new ArrayList<>();
        Map<Problem.Kind, Integer> counted = new EnumMap<>(Problem.Kind.class);
        for (Problem p : problems) {
            if (!full && p.isRepeating()) {
                counted.merge(p.kind(), 1, Integer::sum);
            } else {
                lines.add(p.format());
            }
        }
        counted.forEach((kind, n) -> lines.add(n + (n == 1 ? " warning" : " warnings") + " about " + kind.plural()
                + " — see them with --verbose or `dossier check`"));
        return lines;
    }
}
