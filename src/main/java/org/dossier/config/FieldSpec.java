package org.dossier.config;

/**
 * A front matter key the site declares in {@code site.yaml} under {@code fields}, beyond the built-in ones.
 *
 * @param type    string, text, integer, number, boolean, date, list or map
 * @param neutral true when the value is the same in every language (a session code, a list of cities): a
 *                translation inherits it from the source page and must not set it differently
 */
public record FieldSpec(String name, String type, boolean neutral) {

    public static final java.util.List<String> TYPES =
            java.util.List.of("string", "text", "integer", "number", "boolean", "date", "list", "map");

    /** Whether {@code value} fits this field's type; null always fits (an empty field). */
    public boolean accepts(Object value) {
        if (value == null) return true;
        return switch (type) {
            case "string", "text" -> value instanceof String || value instanceof Number || value instanceof Boolean;
            case "integer" -> value instanceof Integer || value instanceof Long;
            case "number" -> value instanceof Number;
            case "boolean" -> value instanceof Boolean;
            case "date" -> value instanceof String s && s.matches("\\d{4}-\\d{2}-\\d{2}");
            case "list" -> value instanceof java.util.List;
            case "map" -> value instanceof java.util.Map;
            default -> true;
        };
    }

    public String example() {
        return switch (type) {
            case "integer" -> name + ": 3";
            case "number" -> name + ": 2.5";
            case "boolean" -> name + ": true";
            case "date" -> name + ": 2026-05-27";
            case "list" -> name + ": [a, b]";
            case "map" -> name + ": {key: value}";
            default -> name + ": \"some text\"";
        };
    }
}
