package org.dossier.pipeline;

import org.dossier.config.ConfigLoader;
import org.dossier.config.SiteConfig;
import org.dossier.content.ContentLoader;
import org.dossier.content.Page;
import org.dossier.content.References;
import org.dossier.content.SiteModel;
import org.dossier.i18n.Language;
import org.dossier.i18n.LanguageLoader;
import org.dossier.links.LinkChecker;
import org.dossier.links.PostProcessor;
import org.dossier.markdown.Markdown;
import org.dossier.output.Assets;
import org.dossier.output.HostFiles;
import org.dossier.output.Sitemap;
import org.dossier.output.Staging;
import org.dossier.output.Urls;
import org.dossier.print.PrintEdition;
import org.dossier.problems.Problems;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchPages;
import org.dossier.template.PageRenderer;
import org.dossier.template.RenderContext;
import org.dossier.template.Templates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The pipeline: load (config, languages, content, data) → model → render (Markdown, templates) → post-process
 * (heading ids, link check) → write (staged, then swapped in). Each stage returns values for the next; problems
 * are collected, and the output is replaced only when there is no error.
 */
public final class Builder {

    private Builder() {
    }

    /** Loads and checks everything a build needs, without rendering. Null config/model when loading failed. */
    public record Loaded(SiteConfig config, SiteModel model, Problems problems) {
    }

    public static Loaded load(BuildOptions options) {
        Problems problems = new Problems();
        SiteConfig config = ConfigLoader.load(options.root(), problems);
        if (config == null || problems.hasErrors()) return new Loaded(config, null, problems);
        if (options.baseUrl().isPresent()) config = config.withBaseUrl(options.baseUrl().get());
        List<Language> languages = LanguageLoader.load(config, problems);
        if (problems.hasErrors() || languages.isEmpty()) {
            if (languages.isEmpty()) {
                problems.error("i18n", 0, 0, "the site has no language", "add a locale file such as i18n/en.yaml");
            }
            return new Loaded(config, null, problems);
        }
        if (options.lang().isPresent() && languages.stream().noneMatch(l -> l.code().equals(options.lang().get()))) {
            problems.error("i18n", 0, 0, "there is no language '" + options.lang().get() + "'",
                    "use one of: " + String.join(", ", languages.stream().map(Language::code).toList()));
            return new Loaded(config, null, problems);
        }
        SiteModel model = ContentLoader.load(config, languages, options.drafts(), problems);
        return new Loaded(config, model, problems);
    }

    public static BuildResult build(BuildOptions options) {
        long start = System.nanoTime();
        return build(options, load(options), start);
    }

    /** Builds what {@link #load} loaded with the same {@code options}: for a command that needs the model too. */
    public static BuildResult build(BuildOptions options, Loaded loaded) {
        return build(options, loaded, System.nanoTime());
    }

    private static BuildResult build(BuildOptions options, Loaded loaded, long start) {
        Problems problems = loaded.problems();
        Map<String, Integer> counts = new LinkedHashMap<>();
        String basePath = loaded.config() == null ? "/" : loaded.config().basePath();
        if (loaded.model() == null || problems.hasErrors()) {
            return new BuildResult(false, counts, problems.all(), Duration.ofNanos(System.nanoTime() - start), Set.of(),
                    basePath);
        }
        SiteModel model = loaded.model();
        Staging staging;
        try {
            staging = Staging.open(options.out(), options.root());
        } catch (IOException e) {
            problems.error(relative(options), 0, 0, e.getMessage(), "");
            return new BuildResult(false, counts, problems.all(), Duration.ofNanos(System.nanoTime() - start), Set.of(),
                    basePath);
        }
        boolean ok = false;
        Set<String> used = ConcurrentHashMap.newKeySet();
        // the languages a --lang build leaves as they were: their folders are carried over from the previous output
        List<String> kept = model.languages().stream().map(Language::code).filter(c -> !options.builds(c)).toList();
        try {
            ok = render(model, options, kept, staging, problems, counts, used);
            if (ok) staging.commit(kept);
        } catch (IOException | UncheckedIOException e) {
            problems.error(relative(options), 0, 0, "cannot write the output: " + e.getMessage(),
                    "check the disk space and the folder's permissions");
            ok = false;
        } finally {
            if (!ok) staging.abort();
        }
        return new BuildResult(ok && !problems.hasErrors(), counts, problems.all(),
                Duration.ofNanos(System.nanoTime() - start), Set.copyOf(used), basePath);
    }

    private static boolean render(SiteModel model, BuildOptions options, List<String> kept, Staging staging,
                                  Problems problems, Map<String, Integer> counts, Set<String> used) throws IOException {
        SiteConfig config = model.config();
        Map<String, String> assets = Assets.copy(config, staging, problems);
        Markdown markdown = new Markdown(links(model), References.linker(model));
        Templates templates = new Templates(config);
        RenderContext ctx = new RenderContext(model, markdown, templates, problems, assets);
        PageRenderer renderer = new PageRenderer(ctx);

        List<Page> built = model.pages().stream().filter(p -> options.builds(p.lang())).toList();
        List<Page> pages = built.stream().filter(p -> !p.themeMade()).toList();
        Map<String, LinkChecker.PageLinks> written = new ConcurrentHashMap<>();
        Writer out = new Writer(staging, written, config.basePath(), options.local());
        SearchIndex search = templates.exists("search.ftl") ? new SearchIndex(model) : null; // the theme offers search
        PrintEdition print = templates.exists(PrintEdition.TEMPLATE) && config.printEdition()
                ? new PrintEdition(model) : null; // and print
        List<Page> searchPages = built.stream().filter(p -> p.themeMade() && p.path().equals(SearchPages.PATH)).toList();
        List<Page> printPages = built.stream().filter(p -> p.themeMade() && p.path().equals(PrintEdition.PATH)).toList();
        pages.parallelStream().forEach(page -> renderer.render(page).ifPresent(html -> {
            PostProcessor.Result done = out.page(page.file(), page.url(), html);
            if (print != null) print.add(page, done.document()); // before search, which changes the document
            if (search != null) search.add(page, done.document());
        }));
        if (search != null) {
            for (Page p : searchPages) {
                renderer.render(p).ifPresent(html -> out.page(p.file(), p.url(), html));
            }
            search.write(staging);
        }
        if (print != null) { // made from the finished pages; not searchable (its text is on them)
            for (Page p : printPages) {
                renderer.render(p).ifPresent(html -> out.page(p.file(), p.url(), print.assemble(p, html)));
            }
        }
        for (Language l : model.languages()) {
            if (options.builds(l.code())) counts.put(l.code(), (int) pages.stream().filter(p -> p.lang().equals(l.code())).count());
        }
        Language def = model.defaultLanguage();
        if (templates.exists("chooser.ftl")) {
            renderer.renderSpecial("chooser.ftl", def, true)
                    .ifPresent(html -> out.page("themes/" + config.theme() + "/templates/chooser.ftl", "", html));
        }
        if (templates.exists("404.ftl")) {
            // served at any missing address: links from the base path; one per language, and the root's in the default
            String source = "themes/" + config.theme() + "/templates/404.ftl";
            for (Language l : model.languages()) {
                if (!options.builds(l.code())) continue;
                renderer.renderSpecial("404.ftl", l, false, Map.of("atRoot", false)).ifPresent(html ->
                        out.anywhere(source, l.code() + "/404.html", html));
            }
            renderer.renderSpecial("404.ftl", def, false, Map.of("atRoot", true)).ifPresent(html ->
                    out.anywhere(source, "404.html", html));
        }
        List<String> codes = model.languages().stream().map(Language::code).toList();
        staging.write("_headers", HostFiles.headers(config.basePath(), codes, assets.entrySet().stream()
                .filter(e -> !e.getKey().equals(e.getValue())).map(Map.Entry::getValue).toList()));
        staging.write("_redirects", HostFiles.redirects(config.basePath(), codes));
        staging.write("sitemap.xml", Sitemap.xml(model));
        staging.write("robots.txt", Sitemap.robots(model));
        writeAliases(model, pages, staging, options.local(), problems); // last: an alias may not replace a file
        ctx.translators().values().forEach(tr -> used.addAll(tr.used()));
        ctx.translators().forEach((code, tr) -> tr.missing().stream().sorted().forEach(key -> problems.warning(
                org.dossier.problems.Problem.Kind.MISSING_UI_STRING, "i18n/" + code + ".yaml", 0, 0,
                "UI string '" + key + "' is missing; the "
                        + def.name() + " text is shown", "add it under 'strings'")));

        ctx.rendered().values().forEach(r -> r.problems().forEach(problems::add)); // what the Markdown had
        if (problems.hasErrors()) return false; // dead links after a failed render would only be noise
        // a page of a language not rebuilt (--lang) is in the previous output, or will be once that language is
        // built: the model's pages, and the pages the theme makes in every language
        Set<String> keptFiles = new HashSet<>();
        for (Page p : model.pages()) if (kept.contains(p.lang())) keptFiles.add(Urls.file(p.url()));
        Path previous = options.out();
        LinkChecker.check(written, rel -> staging.exists(rel) || keptFiles.contains(rel)
                || (kept.stream().anyMatch(k -> rel.startsWith(k + "/")) && Files.exists(previous.resolve(rel))),
                config.basePath(), config.root(), problems);
        return !problems.hasErrors();
    }

    /** Post-processes and writes pages, and remembers their ids and links for the link check. */
    private record Writer(Staging staging, Map<String, LinkChecker.PageLinks> written, String basePath, boolean local) {

        /** A page at {@code url}; returns the finished page (for the print edition and the search index). */
        PostProcessor.Result page(String source, String url, String html) {
            return write(source, Urls.file(url), url, html);
        }

        /** A page served at any address (404): its links stay from the base path. */
        void anywhere(String source, String file, String html) {
            write(source, file, null, html);
        }

        private PostProcessor.Result write(String source, String file, String url, String html) {
            PostProcessor.Result r = PostProcessor.process(html, url, basePath, local);
            staging.write(file, r.html());
            written.put(file, new LinkChecker.PageLinks(source, file, r.ids(), r.links()));
            return r;
        }
    }

    /** The page an alias gets: lang, the CSP, title, canonical URL, then the target twice (refresh, link), title. */
    private static final String REDIRECT = """
            <!doctype html>
            <html lang="%s"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="%s">\
            <title>%s</title><link rel="canonical" href="%s"><meta http-equiv="refresh" content="0; url=%s"></head>\
            <body><p><a href="%s">%s</a></p></body></html>
            """;

    /**
     * An alias gets a small page that sends readers (and search engines) on to the page's address. One that would
     * replace a file the build makes (a theme file, a 404 page) is an error at the page's aliases.
     */
    private static void writeAliases(SiteModel model, List<Page> pages, Staging staging, boolean local,
                                     Problems problems) {
        SiteConfig config = model.config();
        Map<String, String> owners = new java.util.HashMap<>(); // alias file → the content file whose alias it is
        for (Page p : pages) {
            String title = Sitemap.escape(p.title());
            String canonical = Sitemap.escape(config.baseUrl() + p.url());
            for (String alias : p.aliasUrls()) {
                String file = Urls.file(alias);
                if (staging.exists(file) && !p.file().equals(owners.get(file))) {
                    problems.error(p.file(), p.line("aliases"), 1, "the alias /" + alias + " would replace " + file
                            + ", which the build makes", "choose another old address, or remove the alias");
                    continue;
                }
                String link = Urls.link(file, p.url(), config.basePath());
                String target = Sitemap.escape(local ? Urls.fileLink(link) : link);
                try {
                    staging.write(file, REDIRECT.formatted(p.lang(), HostFiles.CSP_META, title, canonical, target,
                            target, title));
                    owners.put(file, p.file());
                } catch (UncheckedIOException e) {
                    problems.error(p.file(), p.line("aliases"), 1, "the alias /" + alias + " cannot be written: a"
                            + " file the build makes stands where its folder would be", "choose another old address");
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> links(SiteModel model) {
        Object links = model.data().get("links");
        Map<String, String> m = new LinkedHashMap<>();
        if (links instanceof Map<?, ?> map) map.forEach((k, v) -> m.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        return m;
    }

    private static String relative(BuildOptions options) {
        try {
            return options.root().toAbsolutePath().relativize(options.out().toAbsolutePath()).toString();
        } catch (IllegalArgumentException e) {
            return options.out().toString();
        }
    }

    /** For tests and the dev server: the files of a finished output. */
    public static List<String> files(Path out) throws IOException {
        List<String> list = new ArrayList<>();
        try (Stream<Path> s = Files.walk(out)) {
            s.filter(Files::isRegularFile).forEach(p -> list.add(out.relativize(p).toString().replace('\\', '/')));
        }
        list.sort(null);
        return list;
    }
}
