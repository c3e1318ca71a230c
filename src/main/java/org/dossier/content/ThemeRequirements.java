package org.dossier.content;

import org.dossier.config.FieldSpec;
import org.dossier.config.SiteConfig;
import org.dossier.config.ThemeSchema;
import org.dossier.problems.Problems;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks pages against what the theme's theme.yaml says its layouts need: a page must have every key required for
 * its kind ({@code home}, {@code section}, {@code page}) and for the layout it is rendered with (its
 * {@code layout}, else {@code <section>/<kind>} when the theme or the site has that template, else its kind). A
 * missing key is an error at line 1 of the page. Fallback pages (their source page is checked) and pages made from
 * data files (their fields are data, not front matter) are not checked; a translation is checked after it has
 * inherited the language-neutral fields of its source, so a neutral key its source lacks is reported at the source
 * only.
 */
final class ThemeRequirements {

    private ThemeRequirements() {
    }

    /** The theme's own declarations that only the content stage can check: keys it requires, built-in keys. */
    static void checkSchema(SiteConfig config, Problems problems) {
        ThemeSchema schema = config.themeSchema();
        for (String name : schema.fields().keySet()) {
            if (FrontMatter.BUILT_IN.containsKey(name)) {
                problems.error(schema.file(), schema.line(name), 1, "'" + name + "' is a built-in front matter key",
                        "remove it from the theme's fields: every page may have it already");
            }
        }
        for (ThemeSchema.Layout layout : schema.layouts().values()) {
            for (String key : layout.required()) {
                if (!FrontMatter.BUILT_IN.containsKey(key) && !schema.fields().containsKey(key)) {
                    problems.error(schema.file(), layout.line(), 1, "layout '" + layout.name() + "' requires '" + key
                            + "', which the theme does not declare", "declare it under fields, e.g. " + key
                            + ": {type: string}");
                }
            }
        }
    }

    static void checkPages(SiteConfig config, List<Page> pages, Problems problems) {
        ThemeSchema schema = config.themeSchema();
        if (schema.layouts().isEmpty()) return;
        Map<String, Boolean> templates = new HashMap<>();
        for (Page page : pages) {
            if (page.fallback() || page.generated()) continue;
            // a translation has inherited its source's neutral fields: one its source lacks is reported there only
            boolean translation = !page.lang().equals(config.defaultLanguage());
            String kind = page.kind().name().toLowerCase();
            List<ThemeSchema.Layout> needs = new ArrayList<>();
            if (schema.layouts().containsKey(kind)) needs.add(schema.layouts().get(kind));
            ThemeSchema.Layout own = schema.layouts().get(layout(config, page.layout(), page.topSection(), kind, templates));
            if (own != null && !needs.contains(own)) needs.add(own);
            for (ThemeSchema.Layout layout : needs) {
                for (String key : layout.required()) {
                    Object value = page.params().get(key);
                    if (value != null && !(value instanceof String s && s.isBlank())) continue;
                    FieldSpec spec = config.fields().getOrDefault(key, FrontMatter.BUILT_IN.get(key));
                    if (translation && spec != null && spec.neutral()) continue;
                    String type = spec == null || spec.type().equals("string") || spec.type().equals("text")
                            ? "" : " (" + FieldSpec.article(spec.type()) + ")";
                    String who = switch (layout.name()) {
                        case "home" -> "the theme needs it on the home page";
                        case "section" -> "the theme needs it on every section page (_index.md)";
                        case "page" -> "the theme needs it on every page that is not an _index.md";
                        default -> "the theme's " + layout.name() + " layout needs it";
                    };
                    problems.error(page.file(), 1, 1, "missing front matter key '" + key + "'",
                            "add '" + key + ": …'" + type + " — " + who);
                }
            }
        }
    }

    /**
     * The keys the theme requires of a page at {@code path} ("talks/third.md") with layout {@code layout} (or ""):
     * those of its kind and of the layout it would be rendered with, for {@code dossier new} to write.
     */
    static List<String> required(SiteConfig config, String path, String layout) {
        ThemeSchema schema = config.themeSchema();
        String kind = path.equals("_index.md") ? "home" : path.endsWith("/_index.md") ? "section" : "page";
        int slash = path.indexOf('/');
        String top = slash < 0 ? "" : path.substring(0, slash);
        java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
        for (String name : List.of(kind, layout(config, layout, top, kind, new HashMap<>()))) {
            if (schema.layouts().containsKey(name)) keys.addAll(schema.layouts().get(name).required());
        }
        return List.copyOf(keys);
    }

    /** The name of the template a page is rendered with, as the renderer chooses it, without ".ftl". */
    private static String layout(SiteConfig config, String layout, String topSection, String kind,
                                 Map<String, Boolean> templates) {
        if (!layout.isEmpty()) return layout.replaceFirst("\\.ftl$", "");
        if (!topSection.isEmpty()) {
            String name = topSection + "/" + kind;
            if (templates.computeIfAbsent(name, n -> exists(config, n))) return name;
        }
        return kind;
    }

    private static boolean exists(SiteConfig config, String name) {
        return Files.isRegularFile(config.overrideDir().resolve("templates").resolve(name + ".ftl"))
                || Files.isRegularFile(config.themeDir().resolve("templates").resolve(name + ".ftl"));
    }
}
