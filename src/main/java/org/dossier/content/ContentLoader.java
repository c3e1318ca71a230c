package org.dossier.content;

import org.dossier.config.FieldSpec;
import org.dossier.config.Names;
import org.dossier.config.SiteConfig;
import org.dossier.config.SiteFiles;
import org.dossier.config.TextFiles;
import org.dossier.config.Yaml;
import org.dossier.i18n.Language;
import org.dossier.problems.Problem;
import org.dossier.problems.Problems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Walks {@code content/<lang>/} for every language and returns the pages of the site: the translated ones, and
 * for each page of the default language missing in another language, a fallback page showing the default text.
 */
public final class ContentLoader {

    /** A content file as read: not yet placed in a tree. */
    record Source(String lang, String path, String file, FrontMatter.Parts parts, Map<String, String> fieldLangs) {
        Source(String lang, String path, String file, FrontMatter.Parts parts) {
            this(lang, path, file, parts, Map.of());
        }

        /** Made from a data file entry (site.yaml data_pages) rather than read from a content file. */
        boolean generated() {
            return file.startsWith(DATA_FILES);
        }
    }

    private ContentLoader() {
    }

    /**
     * The site's pages. A content file whose bytes are in {@code texts} (by its name, "content/en/x.md": the build
     * has read it already) is taken from there, not read again; {@code texts} is emptied of what is taken.
     */
    public static SiteModel load(SiteConfig config, List<Language> languages, boolean drafts, Problems problems,
                                 Map<String, byte[]> texts) {
        ThemeRequirements.checkSchema(config, problems);
        Map<String, Object> data = loadData(config, problems);
        DataTranslations translations = DataTranslations.load(config, languages, data, problems);
        String defaultLang = config.defaultLanguage();
        Map<String, Map<String, Source>> sources = new LinkedHashMap<>();
        for (Language lang : languages) {
            sources.put(lang.code(), read(config, lang.code(), drafts, problems, texts));
        }
        for (Language lang : languages) {
            dataSources(config, lang.code(), data, translations, problems).forEach(sources.get(lang.code())::putIfAbsent);
        }
        Map<String, Source> defaults = sources.getOrDefault(defaultLang, Map.of());
        // a source's revision, made once: each language's translation or fallback of it needs it, some twice
        Map<Source, String> revisions = new IdentityHashMap<>();
        Function<Source, String> revision = src -> revisions.computeIfAbsent(src,
                k -> Revisions.of(k.parts().data(), k.parts().body(), config.fields()));
        List<Page> pages = new ArrayList<>();
        for (Language lang : languages) {
            Map<String, Source> own = sources.get(lang.code());
            // a translation still identical to its source is not one yet: the source is shown, as a fallback
            Set<String> started = lang.code().equals(defaultLang) ? Set.of()
                    : untranslated(config, own, defaults, revision);
            own.keySet().removeAll(started);
            Map<String, Source> tree = new LinkedHashMap<>(own);
            defaults.forEach(tree::putIfAbsent);
            for (Source s : own.values()) {
                if (!lang.code().equals(defaultLang) && !defaults.containsKey(s.path())) {
                    problems.warning(Problem.Kind.NO_COUNTERPART, s.file(), 1, 0,
                            "this page has no counterpart in content/" + defaultLang + "/",
                            "pages are matched across languages by their path; check the file name");
                }
            }
            for (Source s : tree.values()) {
                Source source = defaults.get(s.path());
                Source from = source == s || s.generated() ? null : source;
                pages.add(toPage(config, lang.code(), s, from, from == null ? null : revision.apply(from), tree,
                        started.contains(s.path()), problems));
            }
        }
        ThemeRequirements.checkPages(config, pages, problems); // the content's pages, not those the theme makes
        pages.addAll(ThemePages.of(config, languages, pages, problems));
        return new SiteModel(config, languages, pages, data, translations, problems);
    }

    static final String DATA_FILES = "content/_data/";

    /** The paths of {@code own}'s translations whose text is still their source's (see {@link Revisions#untranslated}). */
    private static Set<String> untranslated(SiteConfig config, Map<String, Source> own, Map<String, Source> defaults,
                                            Function<Source, String> revisions) {
        Set<String> paths = new HashSet<>();
        for (Source s : own.values()) {
            Source source = defaults.get(s.path());
            if (source == null || s.generated() || source.generated()) continue;
            String revision = revisions.apply(source);
            if (Revisions.untranslated(s.parts().data(), s.parts().body(), revision, config.fields())) {
                paths.add(s.path());
            }
        }
        return paths;
    }

    /**
     * The pages a data file makes (site.yaml data_pages): one per entry, in every language, titled by the entry's
     * key field, its fields as params — in a language other than the default one, with the fields its data
     * translation gives ({@link DataTranslations}). Their path is the default language's key: the same address in
     * every language.
     */
    private static Map<String, Source> dataSources(SiteConfig config, String lang, Map<String, Object> data,
                                                   DataTranslations translations, Problems problems) {
        Map<String, Source> result = new LinkedHashMap<>();
        for (SiteConfig.DataPages dp : config.dataPages()) {
            String file = DATA_FILES + dp.data() + ".yaml";
            if (!(data.get(dp.data()) instanceof List<?> entries)) {
                problems.error(SiteConfig.FILE, 0, 0, "data pages '" + dp.section() + "' need " + file
                        + " to be a list", "make the data file a list of entries, or remove it from data_pages");
                continue;
            }
            for (Object entry : entries) {
                if (!(entry instanceof Map<?, ?> e) || e.get(dp.key()) == null) {
                    problems.error(file, 0, 0, "an entry has no '" + dp.key() + "'", "give every entry a " + dp.key());
                    continue;
                }
                Map<String, String> fieldLangs = new LinkedHashMap<>();
                Map<String, Object> params = translations.apply(lang, dp, e, config.defaultLanguage(), fieldLangs);
                params.put("title", String.valueOf(params.get(dp.key())));
                String path = dp.section() + "/" + org.dossier.markdown.Slugs.slug(String.valueOf(e.get(dp.key()))) + ".md";
                if (result.containsKey(path)) {
                    problems.error(file, 0, 0, "two entries make the page " + path, "give them different " + dp.key() + "s");
                }
                result.put(path, new Source(lang, path, file, new FrontMatter.Parts(params, Map.of(), "", 1),
                        Map.copyOf(fieldLangs)));
            }
        }
        return result;
    }

    private static Map<String, Source> read(SiteConfig config, String lang, boolean drafts, Problems problems,
                                            Map<String, byte[]> texts) {
        Path dir = config.contentDir().resolve(lang);
        Map<String, Source> result = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) return result;
        List<Path> files = SiteFiles.walk(config.root(), dir, d -> hidden(dir.relativize(d)), problems).stream()
                .filter(p -> p.toString().endsWith(".md")).filter(p -> !hidden(dir.relativize(p))).toList();
        // read and parsed on every core; taken in the files' order, problems too: the same model whatever the threads do
        for (Read r : files.parallelStream().map(p -> read(config, lang, dir, p, drafts, texts)).toList()) {
            r.problems().all().forEach(problems::add);
            if (r.source() != null) result.put(r.source().path(), r.source());
        }
        return result;
    }

    /** A content file read: its source (null: not a page of this build), and its problems. */
    private record Read(Source source, Problems problems) {
    }

    private static Read read(SiteConfig config, String lang, Path dir, Path p, boolean drafts, Map<String, byte[]> texts) {
        Problems problems = new Problems();
        String path = dir.relativize(p).toString().replace('\\', '/');
        String file = "content/" + lang + "/" + path;
        String bad = badName(path);
        if (bad != null) {
            problems.error(file, 0, 0, "this file's name cannot be part of an address: " + bad,
                    "rename the file or its folder: letters, digits, '-', '_' and '.' are safe");
            return new Read(null, problems);
        }
        byte[] bytes = texts.remove(file);
        String text = bytes != null ? TextFiles.decode(bytes, file, problems) : SiteFiles.readFound(config.root(), p, problems);
        if (text == null) return new Read(null, problems);
        FrontMatter.Parts parts = FrontMatter.split(text, file, problems);
        // broken front matter: reported; a page without it would only add noise
        if (parts == null || !FrontMatter.check(parts, file, config.fields(), problems)) return new Read(null, problems);
        if (Boolean.TRUE.equals(parts.data().get("draft")) && !drafts) return new Read(null, problems);
        return new Read(new Source(lang, path, file, parts), problems);
    }

    /** Why a content path ("tracks/x/1-1.md") cannot become an address, or null: see {@link Names#badSegment}. */
    private static String badName(String path) {
        for (String part : path.replaceFirst("\\.md$", "").split("/")) {
            String bad = Names.badSegment(part);
            if (bad != null) return bad;
        }
        return null;
    }

    /** Files and folders starting with '_' or '.' are not pages, except a section's _index.md. */
    private static boolean hidden(Path rel) {
        for (Path part : rel) {
            String n = part.toString();
            if ((n.startsWith("_") && !n.equals("_index.md")) || n.startsWith(".")) return true;
        }
        return false;
    }

    private static Page toPage(SiteConfig config, String lang, Source s, Source source, String sourceRevision,
                               Map<String, Source> tree, boolean started, Problems problems) {
        Map<String, Object> params = new LinkedHashMap<>(s.parts().data());
        boolean fallback = !s.lang().equals(lang);
        if (source != null) inheritNeutral(config, s, source, params, problems);
        Page.Kind kind = s.path().equals("_index.md") ? Page.Kind.HOME
                : s.path().endsWith("/_index.md") ? Page.Kind.SECTION : Page.Kind.PAGE;
        String title = Objects.toString(params.get("title"), "");
        if (title.isBlank()) {
            problems.error(s.file(), 1, 1, "the page has no title", "add a line 'title: \"…\"' to its front matter");
        }
        boolean generated = s.generated();
        if (Objects.toString(params.get("description"), "").isBlank() && !fallback && !generated) {
            problems.warning(Problem.Kind.MISSING_DESCRIPTION, s.file(), 1, 1, "the page has no description",
                    "add 'description: \"…\"': it is shown in search results, link previews and cards");
        }
        // a data entry's fields are data, not page settings: its 'aliases' are other spellings of a name, not old
        // addresses to redirect; it has no weight or layout of its own
        Map<String, Object> settings = generated ? Map.of() : params;
        List<String> aliases = settings.get("aliases") instanceof List<?> l
                ? l.stream().map(String::valueOf).toList() : List.of();
        int weight = settings.get("weight") instanceof Integer w ? w : 0;
        return new Page(lang, s.lang(), s.path(), s.file(), kind, url(lang, s.path(), tree), title,
                Objects.toString(params.get("description"), ""), weight, Boolean.TRUE.equals(params.get("draft")),
                Objects.toString(settings.get("layout"), ""), aliases, Collections.unmodifiableMap(params),
                Map.copyOf(s.parts().keyLines()), s.parts().body(), s.parts().bodyLine(), parentPath(s.path(), tree),
                fallback,
                sourceRevision,
                s.fieldLangs(), started);
    }

    /** A translation takes language-neutral fields from its source page; setting one differently is reported. */
    private static void inheritNeutral(SiteConfig config, Source s, Source source, Map<String, Object> params,
                                       Problems problems) {
        Map<String, Object> src = source.parts().data();
        for (FieldSpec f : config.fields().values()) {
            if (!f.neutral() || !src.containsKey(f.name())) continue;
            Object own = params.get(f.name());
            if (own != null && !own.equals(src.get(f.name()))) {
                problems.warning(Problem.Kind.NEUTRAL_FIELD, s.file(),
                        s.parts().keyLines().getOrDefault(f.name(), 1), 1,
                        "'" + f.name() + "' is the same in every language, but differs from " + source.file(),
                        "remove it here: translations take it from the source page");
            }
            params.put(f.name(), src.get(f.name()));
        }
        for (String key : List.of("weight", "draft", "date")) {
            if (!params.containsKey(key) && src.containsKey(key)) params.put(key, src.get(key));
        }
    }

    /** "tracks/x/_index.md" → "en/tracks/x/"; each folder segment takes the slug of that folder's _index.md. */
    static String url(String lang, String path, Map<String, Source> tree) {
        StringBuilder url = new StringBuilder(lang).append('/');
        String[] parts = path.split("/");
        StringBuilder folder = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            if (last && part.equals("_index.md")) break;
            String own = last ? path : folder + part + "/_index.md";
            Source s = tree.get(own);
            String slug = s != null && s.parts().data().get("slug") != null
                    ? String.valueOf(s.parts().data().get("slug"))
                    : (last ? part.replaceFirst("\\.md$", "") : part);
            url.append(slug).append('/');
            folder.append(part).append('/');
        }
        return url.toString();
    }

    /** The nearest enclosing section page (a folder's _index.md), or the home page. */
    static String parentPath(String path, Map<String, Source> tree) {
        if (path.equals("_index.md")) return null;
        String folder = path.endsWith("/_index.md") ? path.substring(0, path.length() - "/_index.md".length()) : path;
        while (true) {
            int slash = folder.lastIndexOf('/');
            if (slash < 0) return tree.containsKey("_index.md") ? "_index.md" : null;
            folder = folder.substring(0, slash);
            if (tree.containsKey(folder + "/_index.md")) return folder + "/_index.md";
        }
    }

    private static Map<String, Object> loadData(SiteConfig config, Problems problems) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (Path p : SiteFiles.list(config.root(), config.dataDir(), problems)) {
            if (!(p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")) || Files.isDirectory(p)) continue;
            Yaml.Doc doc = Yaml.read(config.root(), p, problems);
            if (doc == null) continue;
            data.put(p.getFileName().toString().replaceFirst("\\.ya?ml$", ""), doc.data());
        }
        return data;
    }
}
