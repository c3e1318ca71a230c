package org.dossier.problems;

/**
 * One thing wrong (or worth a look) in the site's input, located at a file and line, phrased for an editor.
 *
 * @param file    path relative to the site folder, as the editor knows it
 * @param line    1-based line, or 0 when the problem concerns the whole file
 * @param column  1-based column, or 0 when unknown
 * @param message what is wrong
 * @param hint    what to do about it (may be empty)
 * @param kind    what sort of problem it is, set where it is found ({@link Kind#GENERAL} unless said otherwise)
 */
public record Problem(Severity severity, String file, int line, int column, String message, String hint, Kind kind) {

    public enum Severity { ERROR, WARNING }

    /**
     * A stable name for a sort of problem, so that output can group them. A kind is <em>repeating</em> when its
     * warnings are expected on every build until someone else supplies what is missing (an address for a placeholder
     * link, a translator's UI string): a normal {@code dossier build} counts those in one line per kind instead of
     * listing them; {@code --verbose} and {@code dossier check} list them all. Every other kind is always printed in full.
     */
    public enum Kind {
        GENERAL("general", "problems", "", false),
        PLACEHOLDER_LINK("placeholder-link", "placeholder links (links without an address yet)", "Placeholder link", true),
        MISSING_UI_STRING("missing-ui-string", "UI strings missing in a language (the default language's text is shown)",
                "Missing UI string", true),
        MISSING_DESCRIPTION("missing-description", "pages without a description", "Missing description", false),
        NO_COUNTERPART("no-counterpart", "translations without a page in the default language", "No counterpart", false),
        NEUTRAL_FIELD("neutral-field", "language-neutral fields set differently in a translation", "Neutral field", false);

        private final String code;
        private final String plural;
        private final String title;
        private final boolean repeating;

        Kind(String code, String plural, String title, boolean repeating) {
            this.code = code;
            this.plural = plural;
            this.title = title;
            this.repeating = repeating;
        }

        /** The stable short code, e.g. {@code placeholder-link}. */
        public String code() {
            return code;
        }

        /** What a count of them is of: "370 warnings about " + plural. */
        public String plural() {
            return plural;
        }

        /** A short heading for one of them (empty for {@link #GENERAL}). */
        public String title() {
            return title;
        }

        /** Whether its warnings repeat on every build and are counted rather than listed on a normal build. */
        public boolean repeating() {
            return repeating;
        }
    }

    public Problem {
        if (kind == null) kind = Kind.GENERAL;
    }

    /** A problem of the general kind. */
    public Problem(Severity severity, String file, int line, int column, String message, String hint) {
        this(severity, file, line, column, message, hint, Kind.GENERAL);
    }

    public static Problem error(String file, int line, int column, String message, String hint) {
        return new Problem(Severity.ERROR, file, line, column, message, hint);
    }

    public static Problem warning(String file, int line, int column, String message, String hint) {
        return new Problem(Severity.WARNING, file, line, column, message, hint);
    }

    public static Problem warning(Kind kind, String file, int line, int column, String message, String hint) {
        return new Problem(Severity.WARNING, file, line, column, message, hint, kind);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Whether a normal build counts it instead of listing it: a warning of a {@link Kind#repeating() repeating} kind. */
    public boolean isRepeating() {
        return !isError() && kind.repeating();
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
