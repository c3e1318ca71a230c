package org.dossier.search;

import java.util.List;

/**
 * Light stemmers for English, Italian, French, German and Spanish: plural endings and the commonest suffixes are cut,
 * so that "bonds" finds "bond" and "finanziamenti" finds "finanziamento". They work on folded words (no accents, lower
 * case) and leave words with digits, and words of other languages, as they are.
 *
 * <p>The browser runs the same rules ({@code search.js}, {@code STEM}); {@code StemmerParityBrowserTest} checks
 * that both give the same stem for every word of a list. Change both together.
 */
public final class Stemmer {

    private static final List<String> IT_SUFFIXES = byLength(List.of("amenti", "amento", "imenti", "imento",
            "azioni", "azione", "atrici", "atrice", "mente", "atori", "atore", "ismo", "ismi", "ista", "iste", "isti",
            "anza", "anze", "enza", "enze", "are", "ere", "ire", "ato", "ata", "ati", "ate", "ito", "ite", "iti",
            "uto", "uta", "uti", "ute", "ita"));
    private static final List<String> FR_SUFFIXES = byLength(List.of("issement", "isseur", "ement", "ation",
            "atrice", "ateur", "ance", "ence", "ique", "isme", "iste", "euse", "iere", "ier", "eur", "ite", "ment",
            "ee", "er", "ez", "e"));
    private static final List<String> DE_SUFFIXES = byLength(List.of("ern", "em", "er", "en", "es", "e", "s", "n"));
    private static final List<String> ES_SUFFIXES = byLength(List.of("amiento", "imiento", "acion", "adora", "ador",
            "ante", "ancia", "encia", "mente", "idad", "ismo", "ista", "able", "ible", "ando", "iendo", "ar", "er",
            "ir"));

    private Stemmer() {
    }

    /** The language part of a code: "pt-br" → "pt". */
    public static String base(String lang) {
        int dash = lang.indexOf('-');
        return (dash < 0 ? lang : lang.substring(0, dash)).toLowerCase(java.util.Locale.ROOT);
    }

    /** The stem of a folded word in language {@code lang}. */
    public static String stem(String lang, String word) {
        if (!isLatinWord(word)) return word;
        return switch (base(lang)) {
            case "en" -> en(word);
            case "it" -> it(word);
            case "fr" -> fr(word);
            case "de" -> de(word);
            case "es" -> es(word);
            default -> word;
        };
    }

    private static boolean isLatinWord(String w) {
        if (w.isEmpty()) return false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') return false;
        }
        return true;
    }

    static String en(String w) {
        if (w.length() <= 3) return w;
        if (w.endsWith("ies") && w.length() > 4) w = cut(w, 3) + "y";
        else if (w.endsWith("sses")) w = cut(w, 2);
        else if (w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) w = cut(w, 2);
        else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = cut(w, 1);
        boolean verb = false;
        if (w.endsWith("ing") && w.length() - 3 >= 3 && hasVowel(cut(w, 3))) {
            w = cut(w, 3);
            verb = true;
        } else if (w.endsWith("ed") && w.length() - 2 >= 3 && hasVowel(cut(w, 2))) {
            w = cut(w, 2);
            verb = true;
        }
        if (verb && w.length() >= 4 && w.charAt(w.length() - 1) == w.charAt(w.length() - 2)
                && "bdfgmnprt".indexOf(w.charAt(w.length() - 1)) >= 0) {
            w = cut(w, 1);
        }
        if (w.endsWith("ational") && w.length() - 7 >= 3) w = cut(w, 7) + "ate";
        else if (w.endsWith("ation") && w.length() - 5 >= 3) w = cut(w, 5) + "ate";
        else if (w.endsWith("ment") && w.length() - 4 >= 4) w = cut(w, 4);
        else if (w.endsWith("ness") && w.length() - 4 >= 3) w = cut(w, 4);
        else if (w.endsWith("ful") && w.length() - 3 >= 3) w = cut(w, 3);
        else if (w.endsWith("ly") && w.length() - 2 >= 4) w = cut(w, 2);
        if (w.endsWith("e") && w.length() >= 4) w = cut(w, 1);
        return w;
    }

    static String it(String w) {
        if (w.length() < 4) return w;
        w = suffix(w, IT_SUFFIXES, 3);
        if (w.length() > 4 && (w.endsWith("che") || w.endsWith("chi") || w.endsWith("ghe") || w.endsWith("ghi"))) {
            w = cut(w, 2);
        } else if (w.length() > 3 && "aeio".indexOf(w.charAt(w.length() - 1)) >= 0) {
            w = cut(w, 1);
        }
        return w;
    }

    static String fr(String w) {
        if (w.length() < 4) return w;
        if (w.endsWith("aux") && w.length() > 4) w = cut(w, 3) + "al";
        else if (w.endsWith("s") || w.endsWith("x")) w = cut(w, 1);
        return suffix(w, FR_SUFFIXES, 3);
    }

    static String de(String w) {
        if (w.length() < 4) return w;
        if (w.endsWith("ungen") || w.endsWith("heiten") || w.endsWith("keiten")) return cut(w, 2);
        return suffix(w, DE_SUFFIXES, 4);
    }

    static String es(String w) {
        if (w.length() < 4) return w;
        if (w.endsWith("ces") && w.length() > 4) w = cut(w, 3) + "z";
        else if (w.endsWith("es") && w.length() > 4 && !isVowel(w.charAt(w.length() - 3))) w = cut(w, 2);
        else if (w.endsWith("s") && isVowel(w.charAt(w.length() - 2))) w = cut(w, 1);
        w = suffix(w, ES_SUFFIXES, 3);
        if (w.length() > 3 && "aeo".indexOf(w.charAt(w.length() - 1)) >= 0) w = cut(w, 1);
        return w;
    }

    /** Cuts the first (longest) suffix of the list that leaves at least {@code min} letters. */
    private static String suffix(String w, List<String> suffixes, int min) {
        for (String s : suffixes) {
            if (w.endsWith(s) && w.length() - s.length() >= min) return cut(w, s.length());
        }
        return w;
    }

    private static String cut(String w, int n) {
        return w.substring(0, w.length() - n);
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static boolean hasVowel(String w) {
        for (int i = 0; i < w.length(); i++) if ("aeiouy".indexOf(w.charAt(i)) >= 0) return true;
        return false;
    }

    private static List<String> byLength(List<String> suffixes) {
        return suffixes.stream().sorted((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b))
                .toList();
    }
}
