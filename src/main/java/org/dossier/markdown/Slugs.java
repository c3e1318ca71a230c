package org.dossier.markdown;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Readable, stable identifiers from text: "Košice's plan — 2026" → "kosices-plan-2026". */
public final class Slugs {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern APOSTROPHES = Pattern.compile("['’]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ENDS = Pattern.compile("^-+|-+$");

    private Slugs() {
    }

    public static String slug(String text) {
        String ascii = ascii(text);
        return ascii != null ? ascii : rule(text);
    }

    /** The rule, for any text. */
    static String rule(String text) {
        String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .replace("ø", "o").replace("Ø", "o").replace("æ", "ae").replace("Æ", "ae")
                .replace("œ", "oe").replace("ß", "ss").replace("ł", "l").replace("Ł", "l").replace("đ", "d")
                .toLowerCase(Locale.ROOT);
        s = ENDS.matcher(SEPARATORS.matcher(APOSTROPHES.matcher(s).replaceAll("")).replaceAll("-")).replaceAll("");
        return s.isEmpty() ? "section" : s;
    }

    /**
     * What the rule makes of an ASCII text, in one pass (no accent to take off, no letter to spell otherwise); null for
     * any other text. Most headings are ASCII, and the rule's five regular expressions were a sixtieth of a build.
     */
    private static String ascii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) return null;
            if (c == '\'') continue;
            if (c >= 'A' && c <= 'Z') c = (char) (c + ('a' - 'A'));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && !out.isEmpty()) out.append('-');
                gap = false;
                out.append(c);
            } else {
                gap = true;
            }
        }
        return out.isEmpty() ? "section" : out.toString();
    }
}
