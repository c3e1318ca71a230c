package org.dossier.config;

import org.dossier.problems.Problems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and checks {@code content/site.yaml}. */
public final class ConfigLoader {

    static final Set<String> KEYS = Set.of("title", "description", "base_url", "default_language", "theme",
            "languages", "fields", "params", "references", "data_pages", "print");

    private ConfigLoader() {
    }

    /** Returns the config, or null when it cannot be used (the reason is in {@code problems}). */
    public static SiteConfig load(Path root, Problems problems) {
        String file = SiteConfig.FILE;
        Path path = root.resolve(file);
        if (!Files.isRegularFile(path)) {
            problems.error(file, 0, 0, "no site configuration found in " + root.toAbsolutePath().normalize(),
                    "run Dossier from the site folder (the one holding content/site.yaml) or pass --site DIR");
            return null;
        }
        Yaml.Doc doc = Yaml.read(root, path, problems);
        if (doc == null) return null;
        if (doc.data() != null && !(doc.data() instanceof Map)) {
            problems.error(file, 1, 1, "the site configuration must be a list of 'key: value' lines",
                    "write e.g. title: \"My report\"");
            return null;
        }
        Map<String, Object> m = doc.map();
        for (String key : m.keySet()) {
            if (!KEYS.contains(key)) {
                problems.error(file, doc.line(key), 1, "unknown setting '" + key + "'",
                        Suggest.hint(key, KEYS, "the settings are listed in the README (Configuration)"));
            }
        }
        String title = string(m, "title", "Untitled", doc, problems);
        String description = string(m, "description", "", doc, problems);
        String baseUrl = string(m, "base_url", "/", doc, problems);
        String defaultLanguage = string(m, "default_language", "en", doc, problems);
        String theme = string(m, "theme", "default", doc, problems);
        List<String> languages = new ArrayList<>();
        Object langs = m.get("languages");
        if (langs instanceof List<?> l) {
            for (Object x : l) {
                if (Names.languageCode(String.valueOf(x))) {
                    languages.add(String.valueOf(x));
                } else {
                    problems.error(file, doc.line("languages"), 1, "'" + x + "' is not a language code",
                            "write codes such as en, it or pt-br: each names the locale file i18n/<code>.yaml");
                }
            }
        } else if (langs != null) {
            problems.error(file, doc.line("languages"), 1, "'languages' must be a list of language codes",
                    "write e.g. languages: [en, it]");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> params = m.get("params") instanceof Map<?, ?> p ? (Map<String, Object>) p : Map.of();
        if (!Names.languageCode(defaultLanguage)) {
            problems.error(file, doc.line("default_language"), 1, "'default_language' must be a language code — found \""
                    + defaultLanguage + "\"", "write e.g. default_language: en");
            defaultLanguage = "en";
        }
        if (theme.contains("/") || theme.contains("\\") || Names.badSegment(theme) != null) {
            problems.error(file, doc.line("theme"), 1, "'theme' must be the name of a folder in themes/ — found \""
                    + theme + "\"", "write e.g. theme: default");
            return null;
        }
        if (!Files.isDirectory(root.resolve("themes").resolve(theme))) {
            problems.error(file, doc.line("theme"), 1, "theme '" + theme + "' not found in themes/",
                    "create themes/" + theme + "/ or set theme to one of the folders in themes/");
        }
        // the theme's front matter schema, then the fields site.yaml adds to it
        ThemeSchema schema = ThemeSchema.load(root, theme, List.of(root.resolve("content/_theme/templates"),
                root.resolve("themes").resolve(theme).resolve("templates")), problems);
        Map<String, FieldSpec> fields = Fields.combine(schema, Fields.parse(m.get("fields"), doc, file, "fields",
                problems), problems);
        return new SiteConfig(root, title, description, SiteConfig.normaliseBaseUrl(baseUrl), defaultLanguage, theme,
                List.copyOf(languages), java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields)), params, references(m.get("references"), doc, problems),
                dataPages(m.get("data_pages"), doc, problems),
                printSections(m.get("print"), root.resolve("content").resolve(defaultLanguage), doc, problems),
                !Boolean.FALSE.equals(m.get("print")), schema);
    }

    /**
     * {@code print: {sections: [editorial, plenaries]}}: which top-level sections the print edition holds
     * ({@code print: false}: none, no print edition).
     */
    private static List<String> printSections(Object value, Path content, Yaml.Doc doc, Problems problems) {
        if (value == null || value instanceof Boolean) return List.of();
        String hint = "write e.g. print: {sections: [editorial, plenaries, tracks]}, or print: false";
        if (!(value instanceof Map<?, ?> map)) {
            problems.error(SiteConfig.FILE, doc.line("print"), 1, "'print' must be a mapping", hint);
            return List.of();
        }
        for (Object key : map.keySet()) {
            if (!"sections".equals(key)) {
                problems.error(SiteConfig.FILE, doc.line("print"), 1, "unknown print setting '" + key + "'",
                        Suggest.hint(String.valueOf(key), Set.of("sections"), hint));
            }
        }
        Object sections = map.get("sections");
        if (sections == null) return List.of();
        if (!(sections instanceof List<?> list) || list.isEmpty()
                || list.stream().anyMatch(x -> x instanceof Map || x instanceof List || x == null)) {
            problems.error(SiteConfig.FILE, doc.line("print"), 1, "'print: sections' must be a list of top-level"
                    + " sections (the names of files and folders in content/<lang>/)", hint);
            return List.of();
        }
        List<String> names = list.stream().map(String::valueOf).toList();
        // a section is a page or folder of the default language: content/en/editorial.md, content/en/tracks/
        List<String> known = new ArrayList<>();
        try (var s = Files.list(content)) {
            s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("_") && !n.startsWith("."))
                    .map(n -> n.endsWith(".md") ? n.substring(0, n.length() - 3) : n).sorted().forEach(known::add);
        } catch (java.io.IOException e) {
            return names; // no content folder: the content loader reports it
        }
        for (String n : names) {
            if (!known.contains(n)) {
                problems.error(SiteConfig.FILE, doc.line("print"), 1, "the print edition names a section '" + n
                        + "' that is not in " + root(content), Suggest.hint(n, known, "use some of: "
                        + String.join(", ", known)));
            }
        }
        return names;
    }

    private static String root(Path content) {
        return "content/" + content.getFileName() + "/";
    }

    private static List<SiteConfig.DataPages> dataPages(Object value, Yaml.Doc doc, Problems problems) {
        if (value == null) return List.of();
        int line = doc.line("data_pages");
        if (!(value instanceof Map<?, ?> map)) {
            problems.error(SiteConfig.FILE, line, 1, "'data_pages' must be a mapping of sections",
                    "write e.g. data_pages: {cities: {data: cities, key: name}}");
            return List.of();
        }
        List<SiteConfig.DataPages> list = new ArrayList<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getValue() instanceof Map<?, ?> spec) || spec.get("data") == null || spec.get("key") == null) {
                problems.error(SiteConfig.FILE, line, 1, "data pages '" + e.getKey()
                        + "' need 'data' (a file in content/_data/) and 'key' (the field naming each page)",
                        "write e.g. " + e.getKey() + ": {data: cities, key: name}");
                continue;
            }
            String section = String.valueOf(e.getKey());
            String bad = java.util.Arrays.stream(section.split("/", -1)).map(Names::badSegment)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (bad != null) {
                problems.error(SiteConfig.FILE, line, 1, "data pages '" + section + "' cannot be a section: " + bad,
                        "name the section as its folder in content/<lang>/ is named, e.g. cities");
                continue;
            }
            Object translate = spec.get("translate");
            if (translate != null && !(translate instanceof List<?> l && l.stream().allMatch(x -> x instanceof String))) {
                problems.error(SiteConfig.FILE, line, 1, "'translate' of data pages '" + e.getKey()
                        + "' must be a list of field names", "write e.g. translate: [name, role]");
                continue;
            }
            for (Object k : spec.keySet()) {
                if (!Set.of("data", "key", "translate").contains(String.valueOf(k))) {
                    problems.error(SiteConfig.FILE, line, 1, "unknown setting '" + k + "' of data pages '" + e.getKey() + "'",
                            Suggest.hint(String.valueOf(k), Set.of("data", "key", "translate"), "the settings are data, key and translate"));
                }
            }
            list.add(new SiteConfig.DataPages(section, String.valueOf(spec.get("data")),
                    String.valueOf(spec.get("key")), translate == null ? List.of()
                    : ((List<?>) translate).stream().map(String::valueOf).toList()));
        }
        return List.copyOf(list);
    }

    private static List<RefKind> references(Object value, Yaml.Doc doc, Problems problems) {
        if (value == null) return List.of();
        int line = doc.line("references");
        if (!(value instanceof Map<?, ?> map)) {
            problems.error(SiteConfig.FILE, line, 1, "'references' must be a mapping of reference kinds",
                    "write e.g. references: {dive: {prefix: CD, id: \"\\\\d+\", field: number}}");
            return List.of();
        }
        List<RefKind> kinds = new ArrayList<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String name = String.valueOf(e.getKey());
            if (!(e.getValue() instanceof Map<?, ?> spec) || spec.get("prefix") == null || spec.get("id") == null
                    || spec.get("field") == null) {
                problems.error(SiteConfig.FILE, line, 1, "reference kind '" + name + "' needs prefix, id and field",
                        "write e.g. " + name + ": {prefix: CD, id: \"\\\\d+\", field: number, section: city-dives}");
                continue;
            }
            try {
                if (java.util.regex.Pattern.compile("(?:" + spec.get("prefix") + ")(?:" + spec.get("id") + ")")
                        .matcher("").matches()) {
                    problems.error(SiteConfig.FILE, line, 1, "reference kind '" + name + "' matches empty text, so"
                            + " every place in the text would be a reference", "give it a prefix and an id that"
                            + " need at least one character, e.g. prefix: CD, id: \"\\\\d+\"");
                    continue;
                }
                kinds.add(new RefKind(name, java.util.regex.Pattern.compile(String.valueOf(spec.get("prefix"))),
                        java.util.regex.Pattern.compile(String.valueOf(spec.get("id"))), String.valueOf(spec.get("field")),
                        spec.get("section") == null ? "" : String.valueOf(spec.get("section"))));
            } catch (java.util.regex.PatternSyntaxException ex) {
                problems.error(SiteConfig.FILE, line, 1, "reference kind '" + name + "' has an invalid pattern: "
                        + ex.getDescription(), "check the regular expression (backslashes are doubled inside \"…\")");
            }
        }
        return List.copyOf(kinds);
    }

    private static String string(Map<String, Object> m, String key, String fallback, Yaml.Doc doc, Problems problems) {
        Object v = m.get(key);
        if (v == null) return fallback;
        if (v instanceof Map || v instanceof List) {
            problems.error(SiteConfig.FILE, doc.line(key), 1, "'" + key + "' must be text", "write " + key + ": \"…\"");
            return fallback;
        }
        return String.valueOf(v);
    }
}
