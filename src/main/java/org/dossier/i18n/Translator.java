package org.dossier.i18n;

import org.dossier.problems.Problem;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks up UI strings for one language, falling back to the default language. Every fallback is remembered so the
 * build can report the strings a translator still has to add; so is a string that leaves out a value the theme
 * passes it, or that cannot be filled in with them.
 */
public final class Translator {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)");

    private final Language language;
    private final Language fallback;
    private final Set<String> missing = ConcurrentHashMap.newKeySet();
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    /** key → how many values the theme passed, for strings that left one out. */
    private final Map<String, Integer> unused = new ConcurrentHashMap<>();
    /** key → why the values could not be filled in. */
    private final Map<String, String> failed = new ConcurrentHashMap<>();

    public Translator(Language language, Language fallback) {
        this.language = language;
        this.fallback = fallback;
    }

    /** The string for {@code key}, formatted with {@code args} ({0}, {1} …) when given. */
    public String t(String key, Object... args) {
        used.add(key);
        String s = language.strings().get(key);
        if (s == null) {
            missing.add(key);
            s = fallback.strings().get(key);
        }
        if (s == null) s = key;
        if (args.length == 0) return s;
        Set<Integer> places = new java.util.HashSet<>();
        for (Matcher m = PLACEHOLDER.matcher(s); m.find(); ) {
            try {
                places.add(Integer.parseInt(m.group(1)));
            } catch (NumberFormatException e) {
                // a huge index: MessageFormat refuses it below
            }
        }
        for (int i = 0; i < args.length; i++) {
            if (!places.contains(i)) {
                unused.merge(key, args.length, Math::max);
                break;
            }
        }
        try {
            return new MessageFormat(s.replace("'", "''"), language.javaLocale()).format(args);
        } catch (IllegalArgumentException e) {
            failed.putIfAbsent(key, String.valueOf(e.getMessage()));
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

    /**
     * The strings that left out a value the theme passed them (a warning: the value is not shown) or could not be
     * filled in (an error), at the line of the locale file the string came from.
     */
    public List<Problem> problems() {
        List<Problem> list = new ArrayList<>();
        new TreeMap<>(unused).forEach((key, n) -> {
            Language from = source(key);
            if (from == null) return;
            list.add(Problem.warning(from.file(), from.lines().getOrDefault(key, 0), 0, "UI string '" + key
                            + "' leaves out a value the theme passes it: it is given " + n + " ("
                            + (n == 1 ? "{0}" : "{0} to {" + (n - 1) + "}") + ")",
                    "put each placeholder where its value belongs in the sentence"));
        });
        new TreeMap<>(failed).forEach((key, why) -> {
            Language from = source(key);
            if (from == null) return;
            list.add(Problem.error(from.file(), from.lines().getOrDefault(key, 0), 0, "UI string '" + key
                    + "' cannot be filled in with the values the theme passes it (" + why + ")",
                    "write plain placeholders such as {0}"));
        });
        return list;
    }

    /** The language whose locale file the string for {@code key} comes from. */
    private Language source(String key) {
        if (language.strings().containsKey(key)) return language;
        return fallback.strings().containsKey(key) ? fallback : null;
    }
}
