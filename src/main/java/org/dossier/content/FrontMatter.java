package org.dossier.content;

import org.dossier.config.FieldSpec;
import org.dossier.config.Names;
import org.dossier.config.Suggest;
import org.dossier.config.Yaml;
import org.dossier.problems.Problems;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Splits a content file into front matter and body, and checks the front matter against the known keys. */
public final class FrontMatter {

    /** Built-in keys and their types. */
    public static final Map<String, FieldSpec> BUILT_IN;

    static {
        Map<String, FieldSpec> m = new LinkedHashMap<>();
        for (String[] f : new String[][]{{"title", "string"}, {"description", "string"}, {"weight", "integer"},
                {"draft", "boolean"}, {"slug", "string"}, {"layout", "string"}, {"aliases", "list"},
                {"date", "date"}, {"translated_from", "string"}}) {
            m.put(f[0], new FieldSpec(f[0], f[1], false));
        }
        BUILT_IN = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(m));
    }

    /** The parsed parts. */
    public record Parts(Map<String, Object> data, Map<String, Integer> keyLines, String body, int bodyLine) {
    }

    private FrontMatter() {
    }

    /** The front matter and body of {@code text}; null when the front matter is broken (the problem is reported). */
    public static Parts split(String text, String file, Problems problems) {
        if (!text.startsWith("---\n")) {
            return new Parts(Map.of(), Map.of(), text, 1);
        }
        int end = text.indexOf("\n---\n", 3);
        int endLen = 5;
        if (end < 0 && text.endsWith("\n---")) {
            end = text.length() - 4;
            endLen = 4;
        }
        if (end < 0) {
            problems.error(file, 1, 1, "the front matter opened with '---' is never closed",
                    "add a line with just '---' after the last front matter key");
            return null;
        }
        String yaml = text.substring(4, end + 1);
        String body = text.substring(Math.min(text.length(), end + endLen));
        int bodyLine = (int) yaml.chars().filter(c -> c == '\n').count() + 3;
        Yaml.Doc doc = Yaml.parse(yaml, file, 2);
        if (doc.problem() != null) {
            problems.add(doc.problem());
            return null;
        }
        if (doc.data() == null || (doc.data() instanceof Map<?, ?> m && m.isEmpty())) {
            return new Parts(Map.of(), Map.of(), body, bodyLine); // "---\n---": empty front matter
        }
        if (!(doc.data() instanceof Map)) {
            problems.error(file, 2, 1, "the front matter must be a list of 'key: value' lines",
                    "write e.g. title: \"My page\"");
            return null;
        }
        return new Parts(doc.map(), doc.keyLines(), body, bodyLine);
    }

    /** Reports unknown keys and values of the wrong type; returns false when the page cannot be built. */
    public static boolean check(Parts parts, String file, Map<String, FieldSpec> custom, Problems problems) {
        boolean ok = true;
        for (Map.Entry<String, Object> e : parts.data().entrySet()) {
            String key = e.getKey();
            int line = parts.keyLines().getOrDefault(key, 2);
            FieldSpec spec = BUILT_IN.containsKey(key) ? BUILT_IN.get(key) : custom.get(key);
            if (spec == null) {
                Set<String> known = new HashSet<>(BUILT_IN.keySet());
                known.addAll(custom.keySet());
                problems.error(file, line, 1, "unknown front matter key '" + key + "'",
                        Suggest.hint(key, known, "declare custom keys under 'fields' in content/site.yaml"));
                ok = false;
            } else if (!spec.accepts(e.getValue())) {
                problems.error(file, line, key.length() + 3, "'" + key + "' must be " + article(spec.type())
                                + " — found " + describe(e.getValue()), "write e.g. " + spec.example());
                ok = false;
            } else if (spec.inner(e.getValue()) != null) {
                problems.error(file, line, key.length() + 3, spec.inner(e.getValue()), "write e.g. " + spec.example());
                ok = false;
            }
        }
        if (parts.data().get("aliases") instanceof List<?> aliases) {
            for (Object a : aliases) {
                String bad = a instanceof String s ? Names.badAlias(s) : "it must be a path starting with '/'";
                if (bad != null) {
                    problems.error(file, parts.keyLines().getOrDefault("aliases", 2), 1,
                            "the alias " + describe(a) + " cannot be an old address of this page: " + bad,
                            "write e.g. aliases: [/old/address/]");
                    ok = false;
                }
            }
        }
        Object slug = parts.data().get("slug");
        if (slug != null && (!String.valueOf(slug).matches("[\\p{L}\\p{N}._~-]+")
                || String.valueOf(slug).chars().allMatch(c -> c == '.'))) {
            problems.error(file, parts.keyLines().getOrDefault("slug", 2), 1,
                    "'slug' may only hold letters, digits, '-', '_', '.' and '~' (and not only dots) — found \"" + slug + "\"",
                    "write e.g. slug: my-page");
            ok = false;
        }
        Object layout = parts.data().get("layout");
        if (layout != null && !String.valueOf(layout).matches("[\\w-]+(\\.[\\w-]+)*(/[\\w-]+(\\.[\\w-]+)*)*")) {
            problems.error(file, parts.keyLines().getOrDefault("layout", 2), 1,
                    "'layout' must name a template of the theme, like special or tracks/page — found \"" + layout + "\"",
                    "write the template's path in templates/, without '..' or a leading '/'");
            ok = false;
        }
        return ok;
    }

    private static String article(String type) {
        return FieldSpec.article(type);
    }

    private static String describe(Object v) {
        return FieldSpec.describe(v);
    }
}
