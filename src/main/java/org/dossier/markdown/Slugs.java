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
        String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .replace("ø", "o").replace("Ø", "o").replace("æ", "ae").replace("Æ", "ae")
                .replace("œ", "oe").replace("ß", "ss").replace("ł", "l").replace("Ł", "l").replace("đ", "d")
                .toLowerCase(Locale.ROOT);
        s = ENDS.matcher(SEPARATORS.matcher(APOSTROPHES.matcher(s).replaceAll("")).replaceAll("-")).replaceAll("");
        return s.isEmpty() ? "section" : s;
    }
}
