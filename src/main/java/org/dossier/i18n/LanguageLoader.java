package org.dossier.i18n;

import org.dossier.config.SiteConfig;
import org.dossier.config.Suggest;
import org.dossier.config.Yaml;
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

/** Turns the locale files in {@code i18n/} into languages: adding a file adds a language. */
public final class LanguageLoader {

    private static final Set<String> TOP_KEYS = Set.of("language", "strings");
    private static final Set<String> LANGUAGE_KEYS = Set.of("name", "locale", "dir", "date_format");

    private LanguageLoader() {
    }

    /** The site's languages, default language first unless site.yaml orders them otherwise. */
    public static List<Language> load(SiteConfig config, Problems problems) {
        Map<String, Path> files = new LinkedHashMap<>();
        if (Files.isDirectory(config.i18nDir())) {
            try (Stream<Path> s = Files.list(config.i18nDir())) {
                s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted()
                        .forEach(p -> files.put(p.getFileName().toString().replaceFirst("\\.yaml$", ""), p));
            } catch (IOException e) {
                problems.error("i18n", 0, 0, "cannot list the locale files: " + e.getMessage(), "check the folder");
            }
        }
        List<String> codes = new ArrayList<>();
        if (config.languages().isEmpty()) {
            if (files.containsKey(config.defaultLanguage())) codes.add(config.defaultLanguage());
            files.keySet().stream().filter(c -> !c.equals(config.defaultLanguage())).forEach(codes::add);
        } else {
            codes.addAll(config.languages());
        }
        if (!codes.contains(config.defaultLanguage())) {
            problems.error(SiteConfig.FILE, 0, 0, "the default language '" + config.defaultLanguage()
                    + "' is not one of the site's languages", "add i18n/" + config.defaultLanguage()
                    + ".yaml or change default_language");
        }
        List<Language> languages = new ArrayList<>();
        for (String code : codes) {
            Path file = files.get(code);
            if (file == null) {
                problems.error(SiteConfig.FILE, 0, 0, "language '" + code + "' has no locale file",
                        "add i18n/" + code + ".yaml (copy i18n/" + config.defaultLanguage() + ".yaml and translate it)");
                continue;
            }
            Language lang = read(code, file, problems);
            if (lang != null) languages.add(lang);
        }
        return List.copyOf(languages);
    }

    static Language read(String code, Path path, Problems problems) {
        String file = "i18n/" + path.getFileName();
        Yaml.Doc doc = Yaml.read(path, file, problems);
        if (doc == null) return null;
        Map<String, Object> m = doc.map();
        m.keySet().stream().filter(k -> !TOP_KEYS.contains(k)).forEach(k -> problems.error(file, doc.line(k), 1,
                "unknown key '" + k + "'", Suggest.hint(k, TOP_KEYS, "a locale file has 'language' and 'strings'")));
        Map<?, ?> meta = m.get("language") instanceof Map<?, ?> x ? x : Map.of();
        meta.keySet().stream().map(String::valueOf).filter(k -> !LANGUAGE_KEYS.contains(k))
                .forEach(k -> problems.error(file, doc.line("language"), 1, "unknown key 'language." + k + "'",
                        Suggest.hint(k, LANGUAGE_KEYS, "known keys: name, locale, dir, date_format")));
        String dir = String.valueOf(meta.get("dir") == null ? "ltr" : meta.get("dir"));
        if (!dir.equals("ltr") && !dir.equals("rtl")) {
            problems.error(file, doc.line("language"), 1, "'dir' must be ltr or rtl, found '" + dir + "'",
                    "write dir: rtl for Arabic, Hebrew, Persian…; ltr otherwise");
            dir = "ltr";
        }
        Map<String, String> strings = new LinkedHashMap<>();
        if (m.get("strings") instanceof Map<?, ?> s) {
            s.forEach((k, v) -> strings.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        }
        return new Language(code, str(meta, "name", code), str(meta, "locale", code), dir,
                str(meta, "date_format", "d MMMM yyyy"), Map.copyOf(strings));
    }

    private static String str(Map<?, ?> m, String k, String fallback) {
        Object v = m.get(k);
        return v == null ? fallback : String.valueOf(v);
    }
}
