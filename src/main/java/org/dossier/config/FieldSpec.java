package org.dossier.config;

import java.util.List;
import java.util.Map;

/**
 * A front matter key beyond the built-in ones, declared by the theme ({@code themes/<theme>/theme.yaml}) or by the
 * site ({@code site.yaml}) under {@code fields}.
 *
 * @param type    string, text, integer, number, boolean, date, list or map
 * @param neutral true when the value is the same in every language (a session code, a list of cities): a
 *                translation inherits it from the source page and must not set it differently
 * @param items   for a list: the type every item must have (one of the types), or null for any
 * @param keys    for a map, or a list of maps: the keys it (each item) must have
 */
public record FieldSpec(String name, String type, boolean neutral, String items, List<String> keys) {

    public static final List<String> TYPES = List.of("string", "text", "integer", "number", "boolean", "date", "list", "map");

    public FieldSpec {
        keys = keys == null ? List.of() : List.copyOf(keys);
    }

    public FieldSpec(String name, String type, boolean neutral) {
        this(name, type, neutral, null, List.of());
    }

    /** Whether {@code value} fits this field's type; null always fits (an empty field). */
    public boolean accepts(Object value) {
        return fits(type, value);
    }

    static boolean fits(String type, Object value) {
        if (value == null) return true;
        return switch (type) {
            case "string", "text" -> value instanceof String || value instanceof Number || value instanceof Boolean;
            case "integer" -> value instanceof Integer || value instanceof Long;
            case "number" -> value instanceof Number;
            case "boolean" -> value instanceof Boolean;
            case "date" -> value instanceof String s && s.matches("\\d{4}-\\d{2}-\\d{2}");
            case "list" -> value instanceof List;
            case "map" -> value instanceof Map;
            default -> true;
        };
    }

    /**
     * What is wrong inside a value that {@link #accepts} (an item of the wrong type, a map or an item without a key
     * it must have), or null when nothing is.
     */
    public String inner(Object value) {
        if (value instanceof Map<?, ?> map) return missingKeys(map, "'" + name + "'");
        if (!(value instanceof List<?> list)) return null;
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            String which = "item " + (i + 1) + " of '" + name + "'";
            if (items != null && (item == null || !fits(items, item))) {
                return which + " must be " + article(items) + " — found " + describe(item);
            }
            if (!keys.isEmpty()) {
                if (!(item instanceof Map<?, ?> m)) return which + " must be a mapping — found " + describe(item);
                String missing = missingKeys(m, which);
                if (missing != null) return missing;
            }
        }
        return null;
    }

    private String missingKeys(Map<?, ?> map, String which) {
        for (String k : keys) {
            if (map.get(k) == null) return which + " has no '" + k + "'";
        }
        return null;
    }

    public String example() {
        return switch (type) {
            case "integer" -> name + ": 3";
            case "number" -> name + ": 2.5";
            case "boolean" -> name + ": true";
            case "date" -> name + ": 2026-05-27";
            case "list" -> name + ": " + (keys.isEmpty() ? "[" + item("a") + ", " + item("b") + "]" : "[" + mapExample() + "]");
            case "map" -> name + ": " + (keys.isEmpty() ? "{key: value}" : mapExample());
            default -> name + ": \"some text\"";
        };
    }

    private String item(String text) {
        if (items == null) return text;
        return switch (items) {
            case "integer" -> text.equals("a") ? "1" : "2";
            case "number" -> text.equals("a") ? "1.5" : "2.5";
            case "boolean" -> text.equals("a") ? "true" : "false";
            case "date" -> text.equals("a") ? "2026-05-27" : "2026-05-28";
            default -> text;
        };
    }

    private String mapExample() {
        return "{" + String.join(", ", keys.stream().map(k -> k + ": …").toList()) + "}";
    }

    /** How messages name a type: "a whole number", "a list". */
    public static String article(String type) {
        return switch (type) {
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "date" -> "a date (YYYY-MM-DD)";
            case "list" -> "a list";
            case "map" -> "a mapping of keys to values";
            default -> "text";
        };
    }

    /** How messages show a value that was found: "\"abc\"", "a list". */
    public static String describe(Object v) {
        if (v instanceof String s) return "\"" + s + "\"";
        if (v instanceof List) return "a list";
        if (v instanceof Map) return "a mapping";
        return String.valueOf(v);
    }
}
