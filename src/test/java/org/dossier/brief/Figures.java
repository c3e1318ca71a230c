package org.dossier.brief;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of a text, as values, so that a translation can be held to its source whatever its number format:
 * "€500m" and "500 millions d’euros" are both 5.0E8, "2.5 trillion" and "2 500 milliards" 2.5E12, "€7–10 billion"
 * and "7 à 10 milliards" 7.0E9 and 1.0E10, "10,000", "10 000" and "10.000" 10000. Session codes (1.1–4.8) and
 * chemical formulas (CO2) are not figures, nor are centuries (the French edition writes "XIXe siècle").
 */
final class Figures {

    private static final Map<String, Double> SCALE = new LinkedHashMap<>();

    static {
        for (String w : List.of("k", "mila", "mil")) SCALE.put(w, 1e3);
        for (String w : List.of("m", "mn", "million", "millions", "mio", "millionen", "millones", "millón", "milioni",
                "milione")) SCALE.put(w, 1e6);
        for (String w : List.of("b", "bn", "billion", "billions", "milliard", "milliards", "mrd", "milliarde",
                "milliarden", "mil millones", "miliardi", "miliardo", "mld")) SCALE.put(w, 1e9);
        for (String w : List.of("trillion", "trillions", "billionen", "billones", "billón")) SCALE.put(w, 1e12);
    }

    private static final String SCALES = String.join("|", SCALE.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList());

    private static final Pattern CODE = Pattern.compile("(?<![\\d.,])[1-4]\\.[1-8](?![\\d%]|\\s*(?:" + SCALES + ")\\b)",
            Pattern.CASE_INSENSITIVE);

    private Figures() {
    }

    /** The figures of {@code text}, written in language {@code lang}, sorted. */
    static List<Double> of(String text, String lang) {
        text = CODE.matcher(text).replaceAll("#");
        text = text.replaceAll("\\d+(?:st|nd|rd|th)[- ]century|\\d+\\. Jahrhunderts?", "C");
        text = text.replaceAll("CO\\s*2|CO₂", "CO").replaceAll("(\\d)\\s*K\\b", "$1 k");
        List<Double> out = new ArrayList<>();
        Matcher m = number(lang).matcher(text);
        while (m.find()) {
            if (m.group(4) != null) { // a number before letters: 2km
                out.add(value(m.group(4), lang));
                continue;
            }
            double scale = m.group(3) == null ? 1 : SCALE.get(m.group(3).toLowerCase(Locale.ROOT).replace(".", ""));
            out.add(value(m.group(1), lang) * scale);
            if (m.group(2) != null) out.add(value(m.group(2), lang) * scale);
        }
        Collections.sort(out);
        return out;
    }

    /** A number, a range ("7–10", "7 à 10") and its scale word ("billion", "Mrd."), or a number before letters. */
    private static Pattern number(String lang) {
        String group = lang.equals("en") ? "," : lang.equals("fr") ? "[\\u00a0\\u202f ]" : "[.\\u00a0\\u202f ]";
        String dec = lang.equals("en") ? "\\." : "[,.]";
        String n = "\\d{1,3}(?:" + group + "\\d{3})+(?!\\d)(?:" + dec + "\\d+)?|\\d+(?:" + dec + "\\d+)?";
        return Pattern.compile("(?<![\\p{L}\\d])(" + n + ")(?:\\s*(?:[–-]|à|bis|to|a)\\s*(" + n + "))?\\s*(?:€\\s*)?("
                + SCALES + ")?(?![\\p{L}])|(?<![\\p{L}\\d])(" + n + ")", Pattern.CASE_INSENSITIVE);
    }

    private static double value(String s, String lang) {
        String t = s.replaceAll("[,.\\u00a0\\u202f ](?=\\d{3}(?!\\d))", "");
        if (!lang.equals("en")) t = t.replace(',', '.');
        return Double.parseDouble(t);
    }
}
