package org.dossier.markdown;

import java.text.Normalizer;
import java.util.Locale;

/** Readable, stable identifiers from text: "Košice's plan — 2026" → "kosices-plan-2026". */
public final class Slugs {

    private Slugs() {
    }

    public static String slug(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replace("ø", "o").replace("Ø", "o").replace("æ", "ae").replace("Æ", "ae")
                .replace("œ", "oe").replace("ß", "ss").replace("ł", "l").replace("Ł", "l").replace("đ", "d")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['’]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "section" : s;
    }
}
