package org.dossier.pipeline;

import org.dossier.content.DataTranslations;
import org.dossier.content.Page;
import org.dossier.content.SiteModel;
import org.dossier.content.Stamper;
import org.dossier.i18n.Language;
import org.dossier.output.Json;

import org.dossier.config.SiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What is left to translate, per language: pages translated, started (a copy of the source not yet translated),
 * falling back to the default language, stale (their source changed since) or not yet stamped; UI strings missing
 * from the locale file or never used by the theme.
 */
public final class TranslationReport {

    /**
     * One language's status. Page lists hold content paths ("tracks/_index.md"). Every page is translated, started
     * (its file is still a copy of the source: the source is shown) or falling back (no file); stale and unstamped
     * are translated pages. Data lists hold a data file's entries ("speakers: Anna Lisa Boni", with the field for
     * missing ones: "speakers: Anna Lisa Boni (role)").
     */
    public record Status(String code, String name, int pages, List<String> translated, List<String> fallback,
                         List<String> stale, List<String> unstamped, List<String> missingStrings,
                         List<String> unusedStrings, List<String> started, int dataFields, List<String> missingData,
                         List<String> staleData, List<String> unstampedData) {
    }

    /** A template's call of a UI string by its literal key: {@code t('key')}, {@code t("key", …)}. */
    private static final Pattern CALL = Pattern.compile("\\bt\\(\\s*['\"]([\\w.-]+)['\"]");

    private TranslationReport() {
    }

    /** @param used UI string keys the theme used in a build of the site */
    public static List<Status> of(SiteModel model, Set<String> used) {
        Language def = model.defaultLanguage();
        List<Status> list = new ArrayList<>();
        for (Language l : model.languages()) {
            if (l.code().equals(def.code())) continue;
            List<Page> pages = model.pages(l.code()).stream().filter(p -> !p.generated() && !p.themeMade()).toList();
            List<String> translated = new ArrayList<>();
            List<String> fallback = new ArrayList<>();
            List<String> stale = new ArrayList<>();
            List<String> unstamped = new ArrayList<>();
            List<String> started = new ArrayList<>();
            for (Page p : pages) {
                if (p.started()) started.add(p.path());
                else if (p.fallback()) fallback.add(p.path());
                else translated.add(p.path());
                if (p.stale()) stale.add(p.path());
                if (p.unstamped()) unstamped.add(p.path());
            }
            TreeSet<String> missing = new TreeSet<>(def.strings().keySet());
            missing.removeAll(l.strings().keySet());
            TreeSet<String> unused = new TreeSet<>(l.strings().keySet());
            unused.removeAll(used);
            DataTranslations data = model.dataTranslations();
            list.add(new Status(l.code(), l.name(), pages.size(), translated, fallback, stale, unstamped,
                    List.copyOf(missing), List.copyOf(unused), started, data.fields(), names(data.missing(l.code())),
                    names(data.stale(l.code())), names(data.unstamped(l.code()))));
        }
        return list;
    }

    /**
     * The UI string keys the templates name literally ({@code t('key')}): a key a build happened not to need (a notice
     * for stale pages when none is stale) is still in use.
     */
    public static Set<String> referencedStrings(SiteConfig config) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path dir : List.of(config.themeDir().resolve("templates"), config.overrideDir().resolve("templates"))) {
            // a template that cannot be read (a link out of the site, not UTF-8) is reported by the build: skipped here
            org.dossier.problems.Problems ignored = new org.dossier.problems.Problems();
            for (Path p : org.dossier.config.SiteFiles.walk(config.root(), dir, ignored)) {
                if (!p.toString().endsWith(".ftl")) continue;
                String text = org.dossier.config.SiteFiles.readText(config.root(), p, ignored);
                if (text == null) continue;
                Matcher m = CALL.matcher(text);
                while (m.find()) keys.add(m.group(1));
            }
        }
        return keys;
    }

    private static List<String> names(List<DataTranslations.Gap> gaps) {
        return gaps.stream().map(g -> g.data() + ": " + g.entry() + (g.field() == null ? "" : " (" + g.field() + ")")).toList();
    }

    /**
     * Stamps every translation of {@code lang} (or of all languages) with its source's current revision: pages, and
     * the entries of data translations. Returns the number of files changed.
     */
    public static int stamp(SiteModel model, String lang) throws IOException {
        int changed = model.dataTranslations().stamp(model.config().root(), lang);
        for (Page p : model.pages()) {
            if (p.fallback() || p.sourceRevision() == null) continue;
            if (lang != null && !p.lang().equals(lang)) continue;
            if (Stamper.stamp(model.config().root().resolve(p.file()), p.sourceRevision())) changed++;
        }
        return changed;
    }

    public static String text(List<Status> statuses, String defaultLanguage) {
        StringBuilder sb = new StringBuilder("Translation status (source language: " + defaultLanguage + ")\n");
        for (Status s : statuses) {
            sb.append(String.format("  %-5s %-10s %d pages: %d translated, %d started, %d falling back, %d stale,"
                            + " %d not stamped · UI strings: %d missing, %d unused · data: %d of %d fields missing,"
                            + " %d entries stale, %d not stamped%n", s.code(), s.name(), s.pages(),
                    s.translated().size(), s.started().size(), s.fallback().size(), s.stale().size(),
                    s.unstamped().size(), s.missingStrings().size(), s.unusedStrings().size(), s.missingData().size(),
                    s.dataFields(), s.staleData().size(), s.unstampedData().size()));
        }
        for (Status s : statuses) {
            section(sb, s.code() + ": stale (the source changed since it was translated)", s.stale(), s.code());
            section(sb, s.code() + ": not stamped (run dossier i18n --stamp once translated)", s.unstamped(), s.code());
            section(sb, s.code() + ": started (still the " + defaultLanguage + " text, which the site shows until it is"
                    + " translated)", s.started(), s.code());
            section(sb, s.code() + ": falling back to " + defaultLanguage, s.fallback(), s.code());
            if (!s.missingStrings().isEmpty()) {
                sb.append("\n").append(s.code()).append(": UI strings missing from i18n/").append(s.code()).append(".yaml")
                        .append("\n    ").append(String.join(", ", s.missingStrings())).append('\n');
            }
            data(sb, s.code() + ": data not translated (content/" + s.code() + "/_data/)", s.missingData());
            data(sb, s.code() + ": data entries stale (the source entry changed since)", s.staleData());
            data(sb, s.code() + ": data entries not stamped (run dossier i18n --stamp once translated)", s.unstampedData());
            if (!s.unusedStrings().isEmpty()) {
                sb.append("\n").append(s.code()).append(": UI strings the theme never uses\n    ")
                        .append(String.join(", ", s.unusedStrings())).append('\n');
            }
        }
        return sb.toString();
    }

    private static void data(StringBuilder sb, String title, List<String> entries) {
        if (entries.isEmpty()) return;
        sb.append('\n').append(title).append('\n');
        entries.forEach(e -> sb.append("    ").append(e).append('\n'));
    }

    private static void section(StringBuilder sb, String title, List<String> paths, String lang) {
        if (paths.isEmpty()) return;
        sb.append('\n').append(title).append('\n');
        paths.forEach(p -> sb.append("    content/").append(lang).append('/').append(p).append('\n'));
    }

    public static String json(List<Status> statuses, String defaultLanguage) {
        StringBuilder sb = new StringBuilder("{\"source\":").append(Json.str(defaultLanguage)).append(",\"languages\":[");
        for (int i = 0; i < statuses.size(); i++) {
            Status s = statuses.get(i);
            if (i > 0) sb.append(',');
            sb.append("{\"code\":").append(Json.str(s.code())).append(",\"name\":").append(Json.str(s.name()))
                    .append(",\"pages\":").append(s.pages())
                    .append(",\"translated\":").append(s.translated().size())
                    .append(",\"fallback\":").append(Json.strings(s.fallback()))
                    .append(",\"stale\":").append(Json.strings(s.stale()))
                    .append(",\"unstamped\":").append(Json.strings(s.unstamped()))
                    .append(",\"missingStrings\":").append(Json.strings(s.missingStrings()))
                    .append(",\"unusedStrings\":").append(Json.strings(s.unusedStrings()))
                    .append(",\"dataFields\":").append(s.dataFields())
                    .append(",\"missingData\":").append(Json.strings(s.missingData()))
                    .append(",\"staleData\":").append(Json.strings(s.staleData()))
                    .append(",\"unstampedData\":").append(Json.strings(s.unstampedData()))
                    .append(",\"started\":").append(Json.strings(s.started())).append('}');
        }
        return sb.append("]}").toString();
    }
}
