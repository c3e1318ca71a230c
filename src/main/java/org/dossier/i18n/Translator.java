package org.dossier.i18n;

import org.dossier.problems.Problem;

import java.text.MessageFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Looks up UI strings for one language, falling back to the default language. Every fallback is remembered so the
 * build can report the strings a translator still has to add.
 */
public final class Translator {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)");

    private final Language language;
    private final Language fallback;
    private final Set<String> missing = ConcurrentHashMap.newKeySet();
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    /** Each string's format, parsed once (a string that cannot be parsed has none: it is reported on every use). */
    private final java.util.Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    public Translator(Language language, Language fallback) {
        this.language = language;
        this.fallback = fallback;
    }

    /** The string for {@code key}, formatted with {@code args} ({0}, {1} …) when given. */
    public String t(String key, Object... args) {
        return t(null, key, args);
    }

    /**
     * The same; a string that shows none of the values the theme passes it (a warning: a translator may leave one out
     * on purpose, as "Questa pagina non è ancora tradotta in italiano" does with the language's name, but not all), or
     * that cannot be filled in with them (an error), is reported to {@code problems} (when not null), at the line of
     * the locale file it comes from.
     */
    public String t(org.dossier.problems.Problems problems, String key, Object... args) {
        used.add(key);
        String s = language.strings().get(key);
        if (s == null) {
            missing.add(key);
            s = fallback.strings().get(key);
        }
        if (s == null) s = key;
        if (args.length == 0) return s;
        Language from = source(key);
        if (problems != null && from != null && !PLACEHOLDER.matcher(s).find()) {
            problems.add(Problem.warning(from.file(), from.lines().getOrDefault(key, 0), 0, "UI string '" + key
                            + "' shows none of the values the theme passes it: it is given " + args.length + " ("
                            + (args.length == 1 ? "{0}" : "{0} to {" + (args.length - 1) + "}") + ")",
                    "put each placeholder where its value belongs in the sentence"));
        }
        if (s.indexOf('{') < 0) return s; // what the format would make of it
        try {
            MessageFormat format = formats.computeIfAbsent(s, x -> new MessageFormat(x.replace("'", "''"), language.javaLocale()));
            synchronized (format) { // a format is not safe for threads to share; parsing one is most of its cost
                return format.format(args);
            }
        } catch (IllegalArgumentException e) {
            if (problems != null && from != null) {
                problems.add(Problem.error(from.file(), from.lines().getOrDefault(key, 0), 0, "UI string '" + key
                        + "' cannot be filled in with the values the theme passes it (" + e.getMessage() + ")",
                        "write plain placeholders such as {0}"));
            }
            return s;
        }
    }

    /**
     * Why {@code text} is not a pattern {@link #t} can fill in, in words ("a '{' is never closed"), or null when it
     * is. Apostrophes are plain text (they are not MessageFormat's quotes here).
     */
    public static String broken(String text) {
        if (text.indexOf('{') < 0) return null;
        try {
            new MessageFormat(text.replace("'", "''"));
            return null;
        } catch (IllegalArgumentException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("Unmatched braces")) return "a '{' is never closed by '}'";
            if (m.contains("argument number")) return "the braces must hold the number of a value, like {0}";
            if (m.contains("unknown format type")) return m.replace("unknown format type", "unknown kind of value");
            return m;
        }
    }

    /** Whether the string for {@code key} comes from the default language rather than this one. */
    public boolean isFallback(String key) {
        return !language.strings().containsKey(key) && fallback.strings().containsKey(key);
    }

    public Set<String> missing() {
        return Set.copyOf(missing);
    }

    public Set<String> used() {
        return Set.copyOf(used);
    }

    /** The language whose locale file the string for {@code key} comes from. */
    private Language source(String key) {
        if (language.strings().containsKey(key)) return language;
        return fallback.strings().containsKey(key) ? fallback : null;
    }
}
