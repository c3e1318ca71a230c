package org.dossier.config;

import org.dossier.problems.Problems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The front matter a theme declares in {@code themes/<theme>/theme.yaml}: the keys its templates read
 * ({@code fields}, as in site.yaml) and, per kind of page or per layout, the keys a page must have
 * ({@code layouts: {plenaries/page: {required: [number, key_message]}}}).
 *
 * @param file       the file, relative to the site folder, for messages ("themes/default/theme.yaml")
 * @param fields     the keys the theme declares
 * @param fieldLines the line of each field, for messages
 * @param layouts    by layout name: a kind ({@code home}, {@code section}, {@code page}: every page of that kind),
 *                   {@code <section>/<kind>} or a {@code layout:} name (the pages rendered with that template)
 */
public record ThemeSchema(String file, Map<String, FieldSpec> fields, Map<String, Integer> fieldLines,
                          Map<String, Layout> layouts) {

    /** What a layout needs: the keys a page rendered with it must have. {@code line}: where theme.yaml says so. */
    public record Layout(String name, List<String> required, int line) {
    }

    public static final String NAME = "theme.yaml";
    public static final List<String> KINDS = List.of("home", "section", "page");
    static final Set<String> KEYS = Set.of("fields", "layouts");
    static final Set<String> LAYOUT_KEYS = Set.of("required");

    /** A theme without theme.yaml: it declares nothing, and no page needs anything. */
    public static ThemeSchema none(String theme) {
        return new ThemeSchema("themes/" + theme + "/" + NAME, Map.of(), Map.of(), Map.of());
    }

    public int line(String field) {
        return fieldLines.getOrDefault(field, 1);
    }

    /**
     * Reads {@code themes/<theme>/theme.yaml} (none: an empty schema); problems are reported at their lines.
     * {@code templateDirs}: where a layout's template may be (the site's overrides, the theme).
     */
    static ThemeSchema load(Path root, String theme, List<Path> templateDirs, Problems problems) {
        ThemeSchema none = none(theme);
        String file = none.file();
        Path path = root.resolve(file);
        if (!Files.isRegularFile(path)) return none;
        Yaml.Doc doc = Yaml.read(path, file, problems);
        if (doc == null) return none;
        if (!(doc.data() instanceof Map)) {
            problems.error(file, 1, 1, "theme.yaml must be a mapping with 'fields' and 'layouts'",
                    "write e.g. fields: {key_message: {type: text}}");
            return none;
        }
        Map<String, Object> m = doc.map();
        for (String key : m.keySet()) {
            if (!KEYS.contains(key)) {
                problems.error(file, doc.line(key), 1, "unknown theme setting '" + key + "'",
                        Suggest.hint(key, KEYS, "theme.yaml has 'fields' and 'layouts' (see the README)"));
            }
        }
        Map<String, FieldSpec> fields = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        Fields.parse(m.get("fields"), doc, file, "fields", problems).forEach((name, d) -> {
            fields.put(name, d.spec());
            lines.put(name, d.line());
        });
        Map<String, Layout> layouts = new LinkedHashMap<>();
        Object l = m.get("layouts");
        if (l instanceof Map<?, ?> lm) {
            List<String> templates = templates(templateDirs);
            lm.forEach((k, v) -> {
                String name = String.valueOf(k).replaceFirst("\\.ftl$", "");
                Layout layout = layout(name, v, doc, String.valueOf(k), file, problems);
                if (layout == null) return;
                if (!KINDS.contains(name) && !templates.contains(name)) {
                    problems.error(file, layout.line(), 1, "theme.yaml describes the layout '" + name + "', but the"
                            + " theme has no templates/" + name + ".ftl", Suggest.hint(name, templates,
                            "name a kind (home, section, page) or a template of the theme, such as plenaries/page"));
                }
                layouts.put(name, layout);
            });
        } else if (l != null) {
            problems.error(file, doc.line("layouts"), 1, "'layouts' must be a mapping of layout names",
                    "write e.g. layouts: {plenaries/page: {required: [key_message]}}");
        }
        return new ThemeSchema(file, java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields)), Map.copyOf(lines),
                java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(layouts)));
    }

    private static Layout layout(String name, Object v, Yaml.Doc doc, String key, String file, Problems problems) {
        int line = doc.lineOf("layouts", key);
        String example = "write e.g. " + key + ": {required: [title, key_message]}";
        if (!(v instanceof Map<?, ?> spec)) {
            problems.error(file, line, 1, "layout '" + name + "' must be a mapping", example);
            return null;
        }
        for (Object sk : spec.keySet()) {
            if (!LAYOUT_KEYS.contains(String.valueOf(sk))) {
                problems.error(file, doc.lineOf("layouts", key, String.valueOf(sk)), 1, "layout '" + name
                        + "' has an unknown setting '" + sk + "'", Suggest.hint(String.valueOf(sk), LAYOUT_KEYS,
                        "a layout lists the keys it needs under 'required'"));
            }
        }
        Object r = spec.get("required");
        List<String> required = new ArrayList<>();
        if (r instanceof List<?> list && list.stream().noneMatch(x -> x == null || x instanceof Map || x instanceof List)) {
            list.forEach(x -> required.add(String.valueOf(x)));
        } else if (r != null) {
            problems.error(file, doc.lineOf("layouts", key, "required"), 1, "'required' of layout '" + name
                    + "' must be a list of front matter keys", example);
        }
        return new Layout(name, List.copyOf(required), doc.lineOf("layouts", key, "required"));
    }

    /** The templates of the theme and the site's overrides, by name without ".ftl": "plenaries/page". */
    private static List<String> templates(List<Path> dirs) {
        List<String> names = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(p -> p.toString().endsWith(".ftl")).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                        .map(n -> n.substring(0, n.length() - 4)).sorted().forEach(names::add);
            } catch (IOException e) {
                // an unreadable template folder: rendering reports it
            }
        }
        return names;
    }
}
