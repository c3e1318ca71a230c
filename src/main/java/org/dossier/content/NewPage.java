package org.dossier.content;

import org.dossier.config.FieldSpec;
import org.dossier.config.SiteConfig;
import org.dossier.config.Yaml;
import org.dossier.output.Json;
import org.dossier.problems.Problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The text of a content file {@code dossier new} makes: a new page or section with the front matter its kind needs,
 * or a translation of a page of the default language, for the translator to translate.
 */
public final class NewPage {

    /** What every value an editor has to fill in starts with: easy to spot, and to find (grep TODO). */
    public static final String TODO = "TODO";

    /** Keys of the source a translation leaves out, besides the neutral fields: it inherits them or has its own. */
    private static final Set<String> NOT_TRANSLATED = Set.of("weight", "draft", "date", "aliases", "translated_from");

    /** Built-in keys that are never copied from the siblings: each page has its own. */
    private static final Set<String> OWN = Set.of("title", "description", "slug", "aliases", "draft", "translated_from");

    private NewPage() {
    }

    /**
     * A new page at {@code path} of language {@code lang} ("about.md"; "guide/_index.md" for a section): title and
     * description to fill in, and the keys every page of its kind beside it has (its siblings: the other pages of
     * its folder, or for a section the other sections of its parent folder, in the default language), so that a new
     * session of the brief gets a code, a heading and cities like the others. Weights and whole numbers that count
     * the siblings (a City Dive's number) continue after the highest; other values are placeholders. The keys the
     * theme's theme.yaml requires of its kind and layout are there too, when the siblings lack them.
     */
    public static String page(SiteConfig config, String lang, String path) {
        boolean section = path.equals("_index.md") || path.endsWith("/_index.md");
        String kind = section ? "section" : "page";
        List<Map<String, Object>> siblings = siblings(config, config.defaultLanguage(), path);
        if (siblings.isEmpty() && !lang.equals(config.defaultLanguage())) siblings = siblings(config, lang, path);
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("title", TODO + ": the " + kind + "'s title");
        front.put("description", TODO + ": one or two sentences about the " + kind
                + ", shown in search results, cards and link previews");
        for (String key : commonKeys(siblings)) {
            if (OWN.contains(key)) continue;
            Object value = placeholder(key, siblings, config.fields().get(key));
            if (value != null) front.put(key, value);
        }
        // and what the theme's theme.yaml requires of a page of its kind and layout, when the siblings lack it
        for (String key : ThemeRequirements.required(config, path, Objects.toString(front.get("layout"), ""))) {
            if (front.containsKey(key)) continue;
            FieldSpec field = config.fields().get(key);
            Object value = field != null && field.type().equals("map") ? keysPlaceholder(field.keys())
                    : placeholder(key, List.of(), field);
            if (value != null) front.put(key, value);
        }
        StringBuilder sb = new StringBuilder("---\n");
        front.forEach((k, v) -> sb.append(k).append(": ").append(yaml(v)).append('\n'));
        sb.append("---\n\n").append(TODO).append(": the ").append(kind).append(section ? "'s introduction" : "'s text")
                .append(", in Markdown.\n");
        if (section) {
            sb.append("\nThe pages of this section are the other .md files of its folder (dossier new makes one).\n");
        }
        return sb.toString();
    }

    /**
     * A translation of the default language's page {@code sourceText}: its front matter less what translations
     * inherit (the neutral fields, weight, draft, date) or must not repeat (aliases), its body, and
     * {@code translated_from} with the source's revision. Until its text is changed it counts as not yet translated
     * (see {@link Revisions#untranslated}). Null when the source's front matter is broken (reported).
     */
    public static String translation(SiteConfig config, String sourceText, String sourceFile, Problems problems) {
        FrontMatter.Parts parts = FrontMatter.split(sourceText, sourceFile, problems);
        if (problems.hasErrors()) return null;
        Set<String> drop = new LinkedHashSet<>(NOT_TRANSLATED);
        config.fields().values().stream().filter(FieldSpec::neutral).map(FieldSpec::name).forEach(drop::add);
        String revision = Revisions.of(parts.data(), parts.body(), config.fields());
        if (!sourceText.startsWith("---\n")) return Stamper.stamped(sourceText, revision);
        int end = sourceText.indexOf("\n---", 3);
        String yaml = sourceText.substring(4, end + 1);
        String rest = sourceText.substring(end + 1);
        Map<String, Object> kept = new LinkedHashMap<>(parts.data());
        kept.keySet().removeAll(drop);
        String front = withoutKeys(yaml, drop);
        if (!Objects.equals(Yaml.parse(front, sourceFile, 2).data(), kept)) {
            // a layout of the YAML the line filter does not follow: write the values out instead
            StringBuilder sb = new StringBuilder();
            kept.forEach((k, v) -> sb.append(k).append(": ").append(yaml(v)).append('\n'));
            front = sb.toString();
        }
        return Stamper.stamped("---\n" + front + rest, revision);
    }

    /**
     * The front matter lines less the top-level keys in {@code drop}, each with its value's lines (indented lines,
     * block list items, blank lines); comments and everything else as written.
     */
    static String withoutKeys(String yaml, Set<String> drop) {
        StringBuilder sb = new StringBuilder();
        boolean dropping = false;
        for (String line : yaml.split("\n", -1)) {
            boolean continues = line.isEmpty() || Character.isWhitespace(line.charAt(0)) || line.startsWith("-");
            if (!continues) {
                int colon = line.indexOf(':');
                String key = colon < 0 ? "" : line.substring(0, colon).strip().replaceAll("^[\"']|[\"']$", "");
                dropping = !line.startsWith("#") && drop.contains(key);
            }
            if (!dropping) sb.append(line).append('\n');
        }
        String s = sb.toString();
        return s.endsWith("\n\n") ? s.substring(0, s.length() - 1) : s;
    }

    /** The front matter of the pages of the same kind beside {@code path} in {@code lang}'s folder. */
    private static List<Map<String, Object>> siblings(SiteConfig config, String lang, String path) {
        Path root = config.contentDir().resolve(lang);
        boolean section = path.endsWith("_index.md");
        if (path.equals("_index.md")) return List.of();
        String folder = section ? parentFolder(parentFolder(path)) : parentFolder(path);
        Path dir = folder.isEmpty() ? root : root.resolve(folder);
        List<Map<String, Object>> list = new ArrayList<>();
        if (!Files.isDirectory(dir)) return list;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith("_") || name.startsWith(".")) continue;
                Path file = section ? p.resolve("_index.md") : p;
                if (!section && !name.endsWith(".md")) continue;
                if (!Files.isRegularFile(file) || root.relativize(file).toString().replace('\\', '/').equals(path)) {
                    continue;
                }
                Problems ignored = new Problems();
                FrontMatter.Parts parts = FrontMatter.split(Files.readString(file, StandardCharsets.UTF_8),
                        file.toString(), ignored);
                if (!parts.data().isEmpty()) list.add(parts.data());
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of(); // an unreadable folder: the new page gets title and description only
        }
        return list;
    }

    private static String parentFolder(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The keys every sibling has, in the first one's order. */
    private static List<String> commonKeys(List<Map<String, Object>> siblings) {
        if (siblings.isEmpty()) return List.of();
        List<String> keys = new ArrayList<>(siblings.get(0).keySet());
        for (Map<String, Object> s : siblings) keys.retainAll(s.keySet());
        return keys;
    }

    private static Object placeholder(String key, List<Map<String, Object>> siblings, FieldSpec field) {
        List<Object> values = siblings.stream().map(s -> s.get(key)).toList();
        boolean allSame = values.stream().distinct().count() == 1;
        boolean numbers = values.stream().allMatch(v -> v instanceof Integer);
        if (key.equals("weight") || (field != null && field.type().equals("integer"))) {
            if (!numbers) return key.equals("weight") ? null : 0;
            int max = values.stream().mapToInt(v -> (Integer) v).max().orElse(0);
            return allSame && siblings.size() > 1 && !key.equals("weight") ? values.get(0) : max + 1;
        }
        if (key.equals("layout")) return allSame ? values.get(0) : null;
        if (key.equals("date")) return LocalDate.now().toString();
        if (field == null) return null; // a key the site does not declare: the siblings' problem, not copied
        return switch (field.type()) {
            case "number" -> 0;
            case "boolean" -> allSame ? values.get(0) : Boolean.FALSE;
            case "date" -> LocalDate.now().toString();
            case "list" -> List.of();
            case "map" -> values.get(0) instanceof Map<?, ?> m ? mapPlaceholder(m) : Map.of();
            default -> TODO + ": " + key.replace('_', ' ');
        };
    }

    /** The keys of a sibling's map (an author's name and role), each to fill in. */
    private static Map<String, Object> mapPlaceholder(Map<?, ?> example) {
        Map<String, Object> m = new LinkedHashMap<>();
        example.forEach((k, v) -> m.put(String.valueOf(k), v instanceof List ? List.of()
                : v instanceof Map ? Map.of() : TODO + ": " + String.valueOf(k).replace('_', ' ')));
        return m;
    }

    /** A map with the keys a field requires (theme.yaml's keys), each to fill in. */
    private static Map<String, Object> keysPlaceholder(List<String> keys) {
        Map<String, Object> m = new LinkedHashMap<>();
        keys.forEach(k -> m.put(k, TODO + ": " + k.replace('_', ' ')));
        return m;
    }

    /** A plain value in YAML's flow style: strings double-quoted (as JSON writes them, which YAML reads). */
    static String yaml(Object v) {
        if (v == null) return "null";
        if (v instanceof String s) return Json.str(s);
        if (v instanceof Number || v instanceof Boolean) return v.toString();
        if (v instanceof List<?> l) {
            return "[" + String.join(", ", l.stream().map(NewPage::yaml).toList()) + "]";
        }
        if (v instanceof Map<?, ?> m) {
            List<String> entries = new ArrayList<>();
            m.forEach((k, x) -> {
                String key = String.valueOf(k);
                entries.add((key.matches("[A-Za-z_][\\w-]*") ? key : Json.str(key)) + ": " + yaml(x));
            });
            return "{" + String.join(", ", entries) + "}";
        }
        return Json.str(String.valueOf(v));
    }
}
