package org.dossier.problems;

/**
 * One thing wrong (or worth a look) in the site's input, located at a file and line, phrased for an editor.
 *
 * @param file    path relative to the site folder, as the editor knows it
 * @param line    1-based line, or 0 when the problem concerns the whole file
 * @param column  1-based column, or 0 when unknown
 * @param message what is wrong
 * @param hint    what to do about it (may be empty)
 */
public record Problem(Severity severity, String file, int line, int column, String message, String hint) {

    public enum Severity { ERROR, WARNING }

    public static Problem error(String file, int line, int column, String message, String hint) {
        return new Problem(Severity.ERROR, file, line, column, message, hint);
    }

    public static Problem warning(String file, int line, int column, String message, String hint) {
        return new Problem(Severity.WARNING, file, line, column, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Compiler-style: {@code content/en/a.md:4:8: error: 'weight' must be a number — write e.g. weight: 3}. */
    public String format() {
        StringBuilder sb = new StringBuilder(file == null || file.isEmpty() ? "(site)" : file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) sb.append(':').append(column);
        }
        sb.append(": ").append(isError() ? "error" : "warning").append(": ").append(message);
        if (hint != null && !hint.isEmpty()) sb.append(" — ").append(hint);
        return sb.toString();
    }
}
