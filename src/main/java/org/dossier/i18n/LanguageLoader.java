package org.dossier.i18n;

import org.dossier.config.Names;
import org.dossier.config.SiteConfig;
import org.dossier.config.SiteFiles;
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
        for (Path p : SiteFiles.list(config.root(), config.i18nDir(), problems)) {
            String name = p.getFileName().toString();
            if (!name.endsWith(".yaml") || Files.isDirectory(p)) continue;
            String code = name.substring(0, name.length() - ".yaml".length());
            if (!Names.languageCode(code)) { // the code names the language's folder in the output
                problems.error("i18n/" + name, 0, 0, "'" + code + "' is not a language code",
                        "name the locale file by its language's code, such as en.yaml, it.yaml or pt-br.yaml");
                continue;
            }
            files.put(code, p);
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
        Yaml.Doc doc = Yaml.read(path.getParent().getParent(), path, problems);
        if (doc == null) return null;
        if (doc.data() != null && !(doc.data() instanceof Map)) {
            problems.error(file, 1, 1, "a locale file is a mapping with 'language' and 'strings'",
                    "copy the default language's locale file and translate it");
            return null;
        }
        Map<String, Object> m = doc.map();
        for (String key : List.of("language", "strings")) {
            if (m.get(key) != null && !(m.get(key) instanceof Map)) {
                problems.error(file, doc.line(key), 1, "'" + key + "' must be a mapping of keys to values",
                        "write each of its keys on its own line under it, indented, e.g. "
                                + (key.equals("strings") ? "strings: {home: Home}" : "language: {name: English}"));
            }
        }
        m.keySet().stream().filter(k -> !TOP_KEYS.contains(k)).forEach(k -> problems.error(file, doc.line(k), 1,
                "unknown key '" + k + "'", Suggest.hint(k, TOP_KEYS, "a locale file has 'language' and 'strings'")));
        Map<?, ?> meta = m.get("language") instanceof Map<?, ?> x ? x : Map.of();
        meta.keySet().stream().map(String::valueOf).filter(k -> !LANGUAGE_KEYS.contains(k))
                .forEach(k -> problems.error(file, doc.line("language", k), 1, "unknown key 'language." + k + "'",
                        Suggest.hint(k, LANGUAGE_KEYS, "known keys: name, locale, dir, date_format")));
        String dir = String.valueOf(meta.get("dir") == null ? "ltr" : meta.get("dir"));
        if (!dir.equals("ltr") && !dir.equals("rtl")) {
            problems.error(file, doc.line("language", "dir"), 1, "'dir' must be ltr or rtl, found '" + dir + "'",
                    "write dir: rtl for Arabic, Hebrew, Persian…; ltr otherwise");
            dir = "ltr";
        }
        String dateFormat = str(meta, "date_format", "d MMMM yyyy");
        try {
            java.time.format.DateTimeFormatter.ofPattern(dateFormat);
        } catch (IllegalArgumentException e) {
            problems.error(file, doc.line("language", "date_format"), 1, "'date_format' is not a date pattern: "
                    + e.getMessage(), "write e.g. date_format: d MMMM yyyy (letters are fields; put words in 'quotes')");
            dateFormat = "d MMMM yyyy";
        }
        String locale = str(meta, "locale", code);
        if (!Names.languageCode(locale)) {
            problems.error(file, doc.line("language", "locale"), 1, "'locale' must be a language tag — found \""
                    + locale + "\"", "write e.g. locale: en-GB");
            locale = code;
        }
        Map<String, String> strings = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        if (m.get("strings") instanceof Map<?, ?> s) {
            s.forEach((k, v) -> {
                String key = String.valueOf(k);
                if (v instanceof Map || v instanceof List) {
                    problems.error(file, doc.line("strings", key), 1, "UI string '" + key + "' must be text",
                            "write it on one line: " + key + ": \"…\"");
                    return;
                }
                String text = v == null ? "" : String.valueOf(v);
                String broken = Translator.broken(text);
                if (broken != null) {
                    problems.error(file, doc.line("strings", key), 1, "UI string '" + key + "' has a broken"
                            + " placeholder: " + broken, "placeholders are written {0}, {1} … with nothing else"
                            + " inside the braces; a brace on its own cannot be used");
                }
                strings.put(key, text);
                lines.put(key, doc.line("strings", key));
            });
        }
        return new Language(code, str(meta, "name", code), locale, dir, dateFormat, Map.copyOf(strings),
                Map.copyOf(lines));
    }

    private static String str(Map<?, ?> m, String k, String fallback) {
        Object v = m.get(k);
        return v == null ? fallback : String.valueOf(v);
    }
}
