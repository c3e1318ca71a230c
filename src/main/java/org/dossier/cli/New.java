package org.dossier.cli;

import org.dossier.config.ConfigLoader;
import org.dossier.config.SiteConfig;
import org.dossier.config.TextFiles;
import org.dossier.content.NewPage;
import org.dossier.i18n.Language;
import org.dossier.i18n.LanguageLoader;
import org.dossier.problems.Problem;
import org.dossier.problems.Problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code dossier new content/<lang>/<path>.md}: a new page, or with {@code _index.md} a section, with the front
 * matter its kind needs; in another language than the default one, of a page the default language has, a
 * translation of it to translate. Never overwrites a file.
 */
final class New extends Main.Command {

    static final String DESCRIPTION = "Make a page (content/<lang>/<path>.md) or a section"
            + " (content/<lang>/<folder>/_index.md) with the front matter it needs, values to fill in marked TODO. In"
            + " another language than the default one, of a page the default language has: a translation, a copy of"
            + " that page to translate (the site shows the original until its text is changed).";
    static final String FILE = "The file to make, in the site folder: content/<lang>/<path>.md";

    private final String file;
    private final Path site;

    New(Args a) {
        file = a.param();
        site = a.path("--site", Path.of("."));
    }

    @Override
    int call() {
        String rel = file.replace('\\', '/');
        String[] parts = rel.split("/", -1);
        if (parts.length < 3 || !parts[0].equals("content") || !rel.endsWith(".md")) {
            throw new Args.Usage("'" + file + "' is not a content file: write content/<lang>/<path>.md,"
                    + " e.g. content/en/about.md, or content/en/guide/_index.md for a section");
        }
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                throw new Args.Usage("'" + file + "' must stay inside content/" + parts[1] + "/: no '..', '.' or empty"
                        + " parts in the path");
            }
            if (i >= 2 && (part.startsWith(".") || (part.startsWith("_") && !part.equals("_index.md")))) {
                throw new Args.Usage("'" + file + "' would not be a page: files and folders whose name starts with '_' or '.'"
                        + " (other than _index.md) are not pages");
            }
        }
        String lang = parts[1];
        String path = rel.substring(("content/" + lang + "/").length());
        Path root = site.toAbsolutePath().normalize();

        Problems problems = new Problems();
        SiteConfig config = ConfigLoader.load(root, problems);
        List<Language> languages = config == null || problems.hasErrors() ? List.of()
                : LanguageLoader.load(config, problems);
        if (config == null || problems.hasErrors()) return fail(problems.all());
        List<String> codes = languages.stream().map(Language::code).toList();
        if (!codes.contains(lang)) {
            return fail(List.of(Problem.error(rel, 0, 0, "the site has no language '" + lang + "'",
                    "use one of: " + String.join(", ", codes) + " (a language is added with a locale file, i18n/"
                            + lang + ".yaml; see the translator guide)")));
        }
        String top = path.contains("/") ? path.substring(0, path.indexOf('/')) : path.replaceFirst("\\.md$", "");
        for (SiteConfig.DataPages dp : config.dataPages()) {
            if (dp.section().equals(top) && !path.equals(top + "/_index.md")) {
                return fail(List.of(Problem.error(rel, 0, 0, "the pages of " + top + "/ are made from the data file"
                        + " content/_data/" + dp.data() + ".yaml", "add an entry there instead (data_pages in "
                        + SiteConfig.FILE + ")")));
            }
        }
        Path target = root.resolve(rel);
        if (Files.exists(target)) {
            return fail(List.of(Problem.error(rel, 0, 0, "the file already exists",
                    "dossier new never overwrites a file: edit it, or choose another name")));
        }
        String def = config.defaultLanguage();
        String sourceFile = "content/" + def + "/" + path;
        Path source = root.resolve(sourceFile);
        boolean translation = !lang.equals(def) && Files.isRegularFile(source);
        String text;
        if (translation) {
            try {
                String sourceText = TextFiles.read(source, sourceFile, problems);
                text = sourceText == null ? null : NewPage.translation(config, sourceText, sourceFile, problems);
            } catch (IOException e) {
                return fail(List.of(Problem.error(sourceFile, 0, 0, "cannot read the file: " + e.getMessage(),
                        "check its permissions")));
            }
            if (text == null) return fail(problems.all());
        } else {
            text = NewPage.page(config, lang, path);
        }
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            return fail(List.of(Problem.error(rel, 0, 0, "cannot write the file: " + e.getMessage(),
                    "check the folder's permissions")));
        }
        String name = languages.stream().filter(l -> l.code().equals(lang)).findFirst().map(Language::name).orElse(lang);
        String defName = languages.stream().filter(l -> l.code().equals(def)).findFirst().map(Language::name).orElse(def);
        boolean section = path.endsWith("_index.md");
        if (translation) {
            out.println("Made " + rel + ": a translation into " + name + " of " + sourceFile
                    + ", a copy of it stamped with its revision (translated_from).");
            out.println("Translate its title, description, text fields and body (the neutral fields, weight and date"
                    + " come from the " + defName + " page). Until its text changes, the site shows the " + defName
                    + " page there, and dossier i18n counts it as started.");
        } else {
            out.println("Made " + rel + ": a new " + (path.equals("_index.md") ? "home page"
                    : section ? "section" : "page") + ". Fill in the values marked " + NewPage.TODO + ".");
            if (!lang.equals(def)) {
                out.println("Note: " + sourceFile + " does not exist, so this page is in " + name + " only (the build"
                        + " warns about it). To translate a page, make it in " + defName + " first.");
            }
        }
        out.println("Preview it with: dossier serve" + (site.equals(Path.of(".")) ? "" : " --site " + site));
        out.flush();
        return 0;
    }
}
