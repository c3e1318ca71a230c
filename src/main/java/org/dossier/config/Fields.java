package org.dossier.config;

import org.dossier.problems.Problems;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code fields:} of {@code site.yaml} and of a theme's {@code theme.yaml}: custom front matter keys, each
 * {@code name: type} or {@code name: {type: …, neutral: true, items: …, keys: [...]}}; and how the two combine.
 */
public final class Fields {

    static final Set<String> SPEC_KEYS = Set.of("type", "neutral", "items", "keys");

    /** A field as a file declares it: its spec, whether it says {@code neutral} at all, and its line. */
    public record Declared(FieldSpec spec, boolean neutralGiven, int line) {
    }

    private Fields() {
    }

    /** Reads the fields under top-level key {@code key} of {@code doc}; problems are reported at their lines. */
    static Map<String, Declared> parse(Object value, Yaml.Doc doc, String file, String key, Problems problems) {
        Map<String, Declared> result = new LinkedHashMap<>();
        if (value == null) return result;
        if (!(value instanceof Map<?, ?> fm)) {
            problems.error(file, doc.line(key), 1, "'" + key + "' must be a mapping of field names",
                    "write e.g. " + key + ": {code: {type: string, neutral: true}}");
            return result;
        }
        fm.forEach((k, v) -> {
            String name = String.valueOf(k);
            int line = doc.lineOf(key, name);
            Declared d = field(name, v, line, file, problems);
            if (d != null) result.put(name, d);
        });
        return result;
    }

    private static Declared field(String name, Object v, int line, String file, Problems problems) {
        String example = "write e.g. " + name + ": {type: string}";
        String type = "string";
        Object neutral = null;
        String items = null;
        List<String> keys = List.of();
        if (v instanceof Map<?, ?> spec) {
            for (Object sk : spec.keySet()) {
                if (!SPEC_KEYS.contains(String.valueOf(sk))) {
                    problems.error(file, line, 1, "field '" + name + "' has an unknown setting '" + sk + "'",
                            Suggest.hint(String.valueOf(sk), SPEC_KEYS, "a field has type, neutral, items and keys (the keys a layout requires are listed under layouts)"));
                }
            }
            if (spec.get("type") != null) type = String.valueOf(spec.get("type"));
            neutral = spec.get("neutral");
            if (neutral != null && !(neutral instanceof Boolean)) {
                problems.error(file, line, 1, "'neutral' of field '" + name + "' must be true or false",
                        "write e.g. " + name + ": {type: " + type + ", neutral: true}");
                neutral = null;
            }
            if (spec.get("items") != null) {
                items = String.valueOf(spec.get("items"));
                if (!FieldSpec.TYPES.contains(items)) {
                    problems.error(file, line, 1, "field '" + name + "' has items of unknown type '" + items + "'",
                            "use one of " + String.join(", ", FieldSpec.TYPES));
                    items = null;
                } else if (!type.equals("list")) {
                    problems.error(file, line, 1, "field '" + name + "' has 'items' but is not a list",
                            "write e.g. " + name + ": {type: list, items: " + items + "}");
                }
            }
            Object ks = spec.get("keys");
            if (ks != null) {
                if (!(ks instanceof List<?> l) || l.stream().anyMatch(x -> x == null || x instanceof Map || x instanceof List)) {
                    problems.error(file, line, 1, "'keys' of field '" + name + "' must be a list of key names",
                            "write e.g. " + name + ": {type: map, keys: [name, role]}");
                } else if (!type.equals("map") && !(type.equals("list") && (items == null || items.equals("map")))) {
                    problems.error(file, line, 1, "field '" + name + "' has 'keys' but is neither a mapping nor a list"
                            + " of mappings", "write e.g. " + name + ": {type: list, items: map, keys: [name]}");
                } else {
                    keys = l.stream().map(String::valueOf).toList();
                }
            }
        } else if (v instanceof String s) {
            type = s;
        } else if (v != null) {
            problems.error(file, line, 1, "field '" + name + "' must name a type", example);
            return null;
        }
        if (!FieldSpec.TYPES.contains(type)) {
            problems.error(file, line, 1, "field '" + name + "' has unknown type '" + type + "'",
                    "use one of " + String.join(", ", FieldSpec.TYPES));
        }
        return new Declared(new FieldSpec(name, type, Boolean.TRUE.equals(neutral), items, keys), neutral != null, line);
    }

    /** string and text hold the same values (text is longer, Markdown): one type, as far as conflicts go. */
    private static String family(String type) {
        return type.equals("text") ? "string" : type;
    }

    /**
     * The fields of the site: the theme's, and those site.yaml adds. site.yaml may declare a field of the theme
     * again, to say whether it is {@code neutral} for this site, or to require more {@code keys}; a different type
     * (or type of items; string and text count as one) is an error in site.yaml. The theme's type stays.
     */
    static Map<String, FieldSpec> combine(ThemeSchema theme, Map<String, Declared> site, Problems problems) {
        Map<String, FieldSpec> result = new LinkedHashMap<>(theme.fields());
        site.forEach((name, d) -> {
            FieldSpec own = d.spec();
            FieldSpec t = theme.fields().get(name);
            if (t == null) {
                result.put(name, own);
                return;
            }
            String where = theme.file() + ":" + theme.line(name);
            if (!family(t.type()).equals(family(own.type()))) {
                problems.error(SiteConfig.FILE, d.line(), 1, "field '" + name + "' is " + own.type() + " here, but the"
                        + " theme declares it " + t.type() + " (" + where + ")", "remove it from " + SiteConfig.FILE
                        + " (the theme declares it), or give it the theme's type: " + name + ": {type: " + t.type() + "}");
                return;
            }
            if (t.items() != null && own.items() != null && !family(t.items()).equals(family(own.items()))) {
                problems.error(SiteConfig.FILE, d.line(), 1, "field '" + name + "' has items of type " + own.items()
                        + " here, but the theme's are " + t.items() + " (" + where + ")",
                        "remove 'items' here, or write items: " + t.items());
                return;
            }
            Set<String> keys = new LinkedHashSet<>(t.keys());
            keys.addAll(own.keys());
            result.put(name, new FieldSpec(name, t.type(), d.neutralGiven() ? own.neutral() : t.neutral(),
                    t.items() != null ? t.items() : own.items(), new ArrayList<>(keys)));
        });
        return result;
    }
}
