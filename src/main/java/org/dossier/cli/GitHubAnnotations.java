package org.dossier.cli;

import org.dossier.problems.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Problems as GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…,title=…::message — hint}), which
 * the runner turns into annotations on the pull request's changed lines. Printed on standard output, besides the
 * usual lines, when the environment variable {@code GITHUB_ACTIONS} is {@code true}.
 *
 * <p>GitHub keeps {@value #PER_STEP} error and {@value #PER_STEP} warning annotations per step and drops the rest.
 * Errors and warnings of other kinds are each written; warnings of a repeating kind (placeholder links, missing UI
 * strings) only fill the warning annotations left, so that they do not crowd out the rest. When there are more
 * problems than GitHub shows, a notice says so and where the full list is.
 */
final class GitHubAnnotations {

    /** Annotations of each severity GitHub keeps per step. */
    static final int PER_STEP = 10;

    private GitHubAnnotations() {
    }

    /** Whether the process runs in GitHub Actions. */
    static boolean on(Map<String, String> env) {
        return "true".equals(env.get("GITHUB_ACTIONS"));
    }

    /**
     * What goes before a problem's file (relative to the site folder) to make it relative to the repository's root,
     * {@code GITHUB_WORKSPACE}, as annotations need: "" for a site at the root (or outside the workspace),
     * "docs/" for a site in {@code docs/}.
     */
    static String prefix(Path site, Map<String, String> env) {
        String ws = env.get("GITHUB_WORKSPACE");
        if (ws == null || ws.isBlank()) return "";
        Path root = Path.of(ws).toAbsolutePath().normalize();
        Path dir = site.toAbsolutePath().normalize();
        if (!dir.startsWith(root)) return "";
        String rel = root.relativize(dir).toString().replace('\\', '/');
        return rel.isEmpty() ? "" : rel + "/";
    }

    /** The workflow commands for the problems; {@code logListsAll}: the step's log lists every problem. */
    static List<String> commands(List<Problem> problems, String prefix, boolean logListsAll) {
        List<String> lines = new ArrayList<>();
        List<Problem> repeating = new ArrayList<>();
        int errors = 0;
        int warnings = 0;
        for (Problem p : problems) {
            if (p.isError()) {
                errors++;
            } else {
                warnings++;
            }
            if (p.isRepeating()) {
                repeating.add(p);
            } else {
                lines.add(command(p, prefix));
            }
        }
        int room = Math.max(0, PER_STEP - (warnings - repeating.size()));
        repeating.stream().limit(room).forEach(p -> lines.add(command(p, prefix)));
        if (errors > PER_STEP || warnings > PER_STEP) {
            lines.add("::notice title=Dossier::GitHub shows at most " + PER_STEP + " error and " + PER_STEP
                    + " warning annotations per step; there are " + count(errors, "error") + " and "
                    + count(warnings, "warning") + ": "
                    + data(logListsAll ? "the log of this step lists them all" : "`dossier check` lists them all"));
        }
        return lines;
    }

    /** One problem as a workflow command. */
    static String command(Problem p, String prefix) {
        List<String> props = new ArrayList<>();
        if (p.file() != null && !p.file().isEmpty()) {
            props.add("file=" + property(prefix + p.file()));
            if (p.line() > 0) {
                props.add("line=" + p.line());
                if (p.column() > 0) props.add("col=" + p.column());
            }
        }
        String title = p.kind().title().isEmpty() ? "Dossier" : "Dossier: " + p.kind().title();
        props.add("title=" + property(title));
        String text = p.message() + (p.hint() == null || p.hint().isEmpty() ? "" : " — " + p.hint());
        return "::" + (p.isError() ? "error" : "warning") + " " + String.join(",", props) + "::" + data(text);
    }

    /** Escapes a command's message: %, CR and LF. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a command's property value: as a message, and : and , too. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
