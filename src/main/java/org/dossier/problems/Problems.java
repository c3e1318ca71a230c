package org.dossier.problems;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A thread-safe collector of problems for one build. The same problem reported twice is kept once. */
public final class Problems {

    private final Set<Problem> problems = new LinkedHashSet<>();

    public synchronized void add(Problem p) {
        problems.add(p);
    }

    public void error(String file, int line, int column, String message, String hint) {
        add(Problem.error(file, line, column, message, hint));
    }

    public void warning(String file, int line, int column, String message, String hint) {
        add(Problem.warning(file, line, column, message, hint));
    }

    /** A warning of a given kind (see {@link Problem.Kind}: placeholder links, missing UI strings, …). */
    public void warning(Problem.Kind kind, String file, int line, int column, String message, String hint) {
        add(Problem.warning(kind, file, line, column, message, hint));
    }

    public synchronized boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** All problems, sorted by file and line so that output is stable whatever the thread order. */
    public synchronized List<Problem> all() {
        List<Problem> list = new ArrayList<>(problems);
        list.sort(Comparator.comparing((Problem p) -> p.file() == null ? "" : p.file())
                .thenComparingInt(Problem::line).thenComparingInt(Problem::column)
                .thenComparing(Problem::message));
        return list;
    }
}
