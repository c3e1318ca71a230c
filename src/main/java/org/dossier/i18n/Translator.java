package org.dossier.i18n;

import java.text.MessageFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Looks up UI strings for one language, falling back to the default language. Every fallback is remembered so the
 * build can report the strings a translator still has to add.
 */
public final class Translator {

    private final Language language;
    private final Language fallback;
    private final Set<String> missing = ConcurrentHashMap.newKeySet();
    private final Set<String> used = ConcurrentHashMap.newKeySet();

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
        return args.length == 0 ? s : new MessageFormat(s.replace("'", "''"), language.javaLocale()).format(args);
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
}
