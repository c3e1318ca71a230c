package org.dossier.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words as search sees them. The same rules run in the browser ({@code search.js}: {@code fold}, {@code words}):
 * change both together.
 * <ul>
 * <li>a word is a run of letters, digits and combining marks, with decimal parts kept ("1.1", "3,5");</li>
 * <li>folding: compatibility decomposition, accents dropped, lower case, a few letters spelled out
 * (Košice → kosice, Malmö → malmo, Straße → strasse, Łódź → lodz);</li>
 * <li>one-letter words other than digits are not indexed (the "l" of "l'innovazione").</li>
 * </ul>
 */
public final class Text {

    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:[.,]\\p{N}+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Text() {
    }

    /** Case- and accent-insensitive form of a word. */
    public static String fold(String word) {
        if (ascii(word)) return word.toLowerCase(Locale.ROOT); // the same, faster: nothing to decompose
        String s = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFKD)).replaceAll("");
        s = s.toLowerCase(Locale.ROOT);
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case 'ø' -> "o";
                case 'æ' -> "ae";
                case 'œ' -> "oe";
                case 'ß' -> "ss";
                case 'ł' -> "l";
                case 'đ', 'ð' -> "d";
                case 'þ' -> "th";
                case 'ı' -> "i";
                case 'ς' -> "σ";
                default -> null;
            };
            if (r != null && sb == null) sb = new StringBuilder(s.substring(0, i));
            if (sb != null) {
                if (r != null) sb.append(r);
                else sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** The folded words of a text, in order, one-letter words included (for phrases). */
    public static List<String> allWords(String text) {
        List<String> words = new ArrayList<>();
        for (String w : split(text)) words.add(fold(w));
        return words;
    }

    /** The folded words of a text that are worth indexing. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : split(text)) {
            String w = fold(word);
            if (indexable(w)) words.add(w);
        }
        return words;
    }

    /** The matches of {@link #WORD} in a text, in order: found by hand, in a fraction of the regular expression's time. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!wordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && wordChar(cp = text.codePointAt(i))) i += Character.charCount(cp);
            // decimal parts: a '.' or ',' and at least one digit, as often as they come
            while (i + 1 < n && (text.charAt(i) == '.' || text.charAt(i) == ',') && number(text.codePointAt(i + 1))) {
                i++;
                while (i < n && number(cp = text.codePointAt(i))) i += Character.charCount(cp);
            }
            out.add(text.substring(start, i));
        }
        return out;
    }

    /** \p{L}, \p{N} or \p{M}. */
    private static boolean wordChar(int cp) {
        if (cp < 0x80) return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER,
                 Character.OTHER_NUMBER, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                 Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    /** \p{N}. */
    private static boolean number(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    static boolean indexable(String folded) {
        return folded.length() > 1 || (folded.length() == 1 && Character.isDigit(folded.charAt(0)));
    }
}
