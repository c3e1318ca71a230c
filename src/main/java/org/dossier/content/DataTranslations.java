package org.dossier.content;

import org.dossier.config.SiteConfig;
import org.dossier.config.Suggest;
import org.dossier.config.Yaml;
import org.dossier.i18n.Language;
import org.dossier.output.Assets;
import org.dossier.problems.Problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The translations of the data files whose entries make pages (site.yaml {@code data_pages}): for a language,
 * {@code content/<lang>/_data/<file>.yaml} maps each entry's key (its {@code key} field as the default language's
 * file spells it: "Milan", "Anna Lisa Boni") to the translated values of the fields {@code translate} names
 * ({@code Milan: {name: Milano}}). A field a translation lacks shows the default language's text, marked as such.
 * {@code dossier i18n --stamp} records in the file, under {@code _translated_from}, the revision of each source entry
 * it translates, so that an entry whose source text changes later shows as stale.
 */
public final class DataTranslations {

    /** The folder of a language's data translations, inside {@code content/<lang>/}. */
    public static final String FOLDER = "_data";

    /** The key of the stamps block in a translation file. */
    public static final String STAMPS = "_translated_from";

    /** Where the stamps block starts: its comment line, or the key itself. Everything from there on is rewritten. */
    private static final Pattern STAMPS_START = Pattern.compile("(?m)^(# " + STAMPS + ":|" + STAMPS + ":)");

    /** One language's translation of one data file. */
    record File(String file, Map<String, Map<String, Object>> entries, Map<String, String> stamps) {
    }

    /** A translatable field of an entry, in one language: what the translation status reports. */
    public record Gap(String data, String entry, String field) {
    }

    /** Language → data file name → its translation. */
    private final Map<String, Map<String, File>> files;
    private final List<SiteConfig.DataPages> dataPages;
    private final Map<String, Object> sources;

    private DataTranslations(Map<String, Map<String, File>> files, List<SiteConfig.DataPages> dataPages,
                             Map<String, Object> sources) {
        this.files = files;
        this.dataPages = dataPages;
        this.sources = sources;
    }

    /** Reads every language's translations (not the default language's: its files are the source). */
    static DataTranslations load(SiteConfig config, List<Language> languages, Map<String, Object> data,
                                 Problems problems) {
        Map<String, Map<String, File>> byLang = new LinkedHashMap<>();
        Map<String, SiteConfig.DataPages> byData = new LinkedHashMap<>();
        for (SiteConfig.DataPages dp : config.dataPages()) byData.put(dp.data(), dp);
        for (Language l : languages) {
            if (l.code().equals(config.defaultLanguage())) continue;
            Path dir = config.contentDir().resolve(l.code()).resolve(FOLDER);
            Map<String, File> mine = new LinkedHashMap<>();
            byLang.put(l.code(), mine);
            if (!Files.isDirectory(dir)) continue;
            List<Path> paths;
            try (var s = Files.list(dir)) {
                paths = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            } catch (IOException e) {
                problems.error("content/" + l.code() + "/" + FOLDER, 0, 0, "cannot read the folder: " + e.getMessage(),
                        "check its permissions");
                continue;
            }
            for (Path p : paths) {
                String name = p.getFileName().toString().replaceFirst("\\.yaml$", "");
                String file = "content/" + l.code() + "/" + FOLDER + "/" + p.getFileName();
                SiteConfig.DataPages dp = byData.get(name);
                if (dp == null) {
                    problems.warning(file, 1, 1, "there is no data file '" + name + "' whose entries make pages to translate",
                            Suggest.hint(name, byData.keySet(), "translations of data files go by the name of a data"
                                    + " file listed in site.yaml data_pages"));
                    continue;
                }
                Yaml.Doc doc = Yaml.read(config.root(), p, problems);
                if (doc == null) continue;
                File f = parse(file, doc, dp, entries(data.get(dp.data()), dp), problems);
                if (f != null) mine.put(name, f);
            }
        }
        return new DataTranslations(byLang, config.dataPages(), data);
    }

    /** The entries of a source data file by key. */
    private static Map<String, Map<?, ?>> entries(Object source, SiteConfig.DataPages dp) {
        Map<String, Map<?, ?>> byKey = new LinkedHashMap<>();
        if (source instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m && m.get(dp.key()) != null) byKey.put(String.valueOf(m.get(dp.key())), m);
            }
        }
        return byKey;
    }

    private static File parse(String file, Yaml.Doc doc, SiteConfig.DataPages dp, Map<String, Map<?, ?>> source,
                              Problems problems) {
        if (doc.data() == null) return new File(file, Map.of(), Map.of());
        if (!(doc.data() instanceof Map<?, ?> map)) {
            problems.error(file, 1, 1, "a data translation must map each entry to its translated fields",
                    "write e.g. " + example(dp, source));
            return null;
        }
        Map<String, Map<String, Object>> entries = new LinkedHashMap<>();
        Map<String, String> stamps = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            int line = doc.line(key);
            if (key.equals(STAMPS)) {
                if (e.getValue() instanceof Map<?, ?> s) s.forEach((k, v) -> stamps.put(String.valueOf(k), String.valueOf(v)));
                continue;
            }
            if (!source.containsKey(key)) {
                problems.warning(file, line, 1, "content/_data/" + dp.data() + ".yaml has no entry '" + key + "'",
                        Suggest.hint(key, source.keySet(), "entries are matched by their " + dp.key()
                                + " as the source file spells it"));
                continue;
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            if (e.getValue() instanceof Map<?, ?> m) {
                m.forEach((k, v) -> fields.put(String.valueOf(k), v));
            } else if (e.getValue() != null) {
                problems.error(file, line, 1, "'" + key + "' must map fields to their translation",
                        "write e.g. " + example(dp, source));
                continue;
            }
            for (String field : fields.keySet()) {
                if (!translatable(dp, field)) {
                    problems.warning(file, line, 1, "'" + field + "' of " + dp.data() + " is not translated",
                            Suggest.hint(field, dp.translate(), "the translatable fields are " + String.join(", ",
                                    dp.translate()) + " (site.yaml data_pages." + dp.section() + ".translate)"));
                }
            }
            entries.put(key, fields);
        }
        return new File(file, entries, stamps);
    }

    private static boolean translatable(SiteConfig.DataPages dp, String field) {
        return dp.translate().contains(field) || field.equals("aliases") && dp.translate().contains(dp.key());
    }

    private static String example(SiteConfig.DataPages dp, Map<String, Map<?, ?>> source) {
        String key = source.keySet().stream().findFirst().orElse("…");
        String field = dp.translate().isEmpty() ? dp.key() : dp.translate().get(0);
        return "\"" + key + "\": {" + field + ": \"…\"}";
    }

    /**
     * An entry's fields in {@code lang}: the source's, with the translated ones in their place. {@code fieldLangs}
     * receives, for each translatable field the translation lacks, the default language (the language of its text).
     * A translated key field (a city's name) keeps the source's spelling, and its other spellings, as aliases.
     */
    Map<String, Object> apply(String lang, SiteConfig.DataPages dp, Map<?, ?> entry, String defaultLang,
                              Map<String, String> fieldLangs) {
        Map<String, Object> params = new LinkedHashMap<>();
        entry.forEach((k, v) -> params.put(String.valueOf(k), v));
        if (lang.equals(defaultLang)) return params;
        String key = String.valueOf(entry.get(dp.key()));
        Map<String, Object> own = translation(lang, dp.data()).map(f -> f.entries().get(key)).orElse(null);
        for (String field : dp.translate()) {
            Object value = own == null ? null : own.get(field);
            if (value != null && !String.valueOf(value).isBlank()) {
                if (field.equals(dp.key()) && !value.equals(params.get(field))) {
                    List<Object> aliases = new ArrayList<>();
                    if (own.get("aliases") instanceof List<?> more) aliases.addAll(more);
                    aliases.add(params.get(field));
                    if (params.get("aliases") instanceof List<?> src) aliases.addAll(src);
                    params.put("aliases", List.copyOf(aliases.stream().distinct().toList()));
                }
                params.put(field, value);
            } else if (entry.get(field) != null) {
                fieldLangs.put(field, defaultLang);
            }
        }
        return params;
    }

    private java.util.Optional<File> translation(String lang, String data) {
        return java.util.Optional.ofNullable(files.getOrDefault(lang, Map.of()).get(data));
    }

    /** The revision of a source entry: a short hash of the values of its translatable fields. */
    static String revision(SiteConfig.DataPages dp, Map<?, ?> entry) {
        Map<String, Object> text = new TreeMap<>();
        for (String f : dp.translate()) if (entry.get(f) != null) text.put(f, entry.get(f));
        return Assets.hash(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Every translatable field of every entry with text in the source, for the status report. */
    private List<Gap> all(java.util.function.BiPredicate<Gap, Map<?, ?>> keep) {
        List<Gap> list = new ArrayList<>();
        for (SiteConfig.DataPages dp : dataPages) {
            for (Map.Entry<String, Map<?, ?>> e : entries(sources.get(dp.data()), dp).entrySet()) {
                for (String field : dp.translate()) {
                    if (e.getValue().get(field) == null) continue;
                    Gap g = new Gap(dp.data(), e.getKey(), field);
                    if (keep.test(g, e.getValue())) list.add(g);
                }
            }
        }
        return list;
    }

    /** The number of translatable fields with text in the source: what a language translates. */
    public int fields() {
        return all((g, src) -> true).size();
    }

    /** The translatable fields {@code lang} has no translation of. */
    public List<Gap> missing(String lang) {
        return all((g, src) -> translation(lang, g.data()).map(f -> f.entries().get(g.entry()))
                .map(m -> m.get(g.field()) == null || String.valueOf(m.get(g.field())).isBlank()).orElse(true));
    }

    /** The translated entries whose source changed since they were stamped (one gap per entry, field null). */
    public List<Gap> stale(String lang) {
        return entries(lang, (stamp, revision) -> stamp != null && !stamp.equals(revision));
    }

    /** The translated entries not yet stamped. */
    public List<Gap> unstamped(String lang) {
        return entries(lang, (stamp, revision) -> stamp == null);
    }

    private List<Gap> entries(String lang, java.util.function.BiPredicate<String, String> keep) {
        List<Gap> list = new ArrayList<>();
        for (SiteConfig.DataPages dp : dataPages) {
            File f = translation(lang, dp.data()).orElse(null);
            if (f == null) continue;
            Map<String, Map<?, ?>> source = entries(sources.get(dp.data()), dp);
            for (String key : f.entries().keySet()) {
                Map<?, ?> src = source.get(key);
                if (src != null && keep.test(f.stamps().get(key), revision(dp, src))) list.add(new Gap(dp.data(), key, null));
            }
        }
        return list;
    }

    /**
     * Writes into each translation file of {@code lang} (or of every language) the current revision of each source
     * entry it translates, in its {@code _translated_from} block at the end; the entries are left as written. Returns
     * the number of files changed.
     */
    public int stamp(Path root, String lang) throws IOException {
        int changed = 0;
        for (Map.Entry<String, Map<String, File>> l : files.entrySet()) {
            if (lang != null && !lang.equals(l.getKey())) continue;
            for (SiteConfig.DataPages dp : dataPages) {
                File f = l.getValue().get(dp.data());
                if (f == null) continue;
                Map<String, Map<?, ?>> source = entries(sources.get(dp.data()), dp);
                StringBuilder block = new StringBuilder("# ").append(STAMPS).append(": written by dossier i18n --stamp,"
                        + " the revision of each entry of content/_data/").append(dp.data()).append(".yaml translated here\n")
                        .append(STAMPS).append(":\n");
                for (String key : f.entries().keySet()) {
                    if (source.containsKey(key)) {
                        block.append("  ").append(org.dossier.output.Json.str(key)).append(": \"")
                                .append(revision(dp, source.get(key))).append("\"\n");
                    }
                }
                Path p = root.resolve(f.file());
                String text = Files.readString(p, StandardCharsets.UTF_8);
                java.util.regex.Matcher start = STAMPS_START.matcher(text);
                String kept = start.find() ? text.substring(0, start.start()) : text;
                String stamped = kept.stripTrailing() + "\n\n" + block;
                if (!Objects.equals(stamped, text)) {
                    Files.writeString(p, stamped, StandardCharsets.UTF_8);
                    changed++;
                }
            }
        }
        return changed;
    }
}
