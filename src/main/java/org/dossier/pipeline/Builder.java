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
import org.dossier.markdown.Html;
import org.dossier.markdown.Markdown;
import org.dossier.output.Assets;
import org.dossier.output.HostFiles;
import org.dossier.output.Sitemap;
import org.dossier.output.Staging;
import org.dossier.output.Urls;
import org.dossier.print.PrintEdition;
import org.dossier.problems.Problem;
import org.dossier.problems.Problems;
import org.dossier.search.IndexedPage;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchPages;
import org.dossier.template.PageRenderer;
import org.dossier.template.RenderContext;
import org.dossier.template.Templates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The pipeline: load (config, languages, content, data) → model → render (Markdown, templates) → post-process
 * (heading ids, link check) → write (staged, then swapped in). Each stage returns values for the next; problems
 * are collected, and the output is replaced only when there is no error.
 *
 * <p>A build takes what the last one knew from its {@link BuildCache}: when no input file, option or tool version
 * has changed, it stops at once; otherwise a page whose render read nothing that changed since (its page, the
 * site's skeleton of titles and front matter, its templates, its language's strings, the settings and data, the
 * bodies and mentions it showed — {@link BuildState.PageRecord}) is not rendered again: its file is kept, and its
 * links, search text and print copy are taken from the record. The output is byte for byte that of a cold build.
 */
public final class Builder {

    private Builder() {
    }

    /** Loads and checks everything a build needs, without rendering. Null config/model when loading failed. */
    public record Loaded(SiteConfig config, SiteModel model, Problems problems) {
    }

    public static Loaded load(BuildOptions options) {
        return load(options, new ConcurrentHashMap<>());
    }

    /** The same, taking the content files in {@code texts} (by name: "content/en/x.md") as read already. */
    private static Loaded load(BuildOptions options, Map<String, byte[]> texts) {
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
        SiteModel model = ContentLoader.load(config, languages, options.drafts(), problems, texts);
        return new Loaded(config, model, problems);
    }

    /** A build as the command line runs it: with the build cache beside the output (not for one language only). */
    public static BuildResult build(BuildOptions options) {
        return build(options, options.lang().isPresent() ? BuildCache.none() : BuildCache.disk(options));
    }

    /** A build that takes what it can from {@code cache}, and leaves what it knows there. */
    public static BuildResult build(BuildOptions options, BuildCache cache) {
        long start = System.nanoTime();
        Timings t = new Timings();
        Inputs.Fingerprint inputs = cache.onDisk() ? Inputs.fingerprint(options) : null;
        String fingerprint = inputs == null ? null : inputs.digest();
        BuildState.Report same = cache.unchanged(fingerprint, options.out());
        t.mark("inputs");
        if (same != null) { // nothing changed since the output was made: it is what this build would make
            return new BuildResult(true, same.pages(), same.problems(), Duration.ofNanos(System.nanoTime() - start),
                    same.usedStrings(), same.basePath(), t.stages(), Set.of());
        }
        // what the last build knew is read beside the loading of the content: both take a while, neither needs the other
        CompletableFuture<BuildState> previous = options.lang().isPresent() ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(cache::previous, Builder::beside);
        Loaded loaded;
        try {
            loaded = load(options, inputs == null ? new ConcurrentHashMap<>() : inputs.texts());
            t.mark("load");
        } finally {
            await(previous); // the cache is not touched again while it is read
        }
        t.mark("cache");
        return new Run(options, loaded, cache, t, previous.join()).build(fingerprint, start);
    }

    /** Waits for a step run {@link #beside} the build; what it threw, it throws here. */
    private static void await(CompletableFuture<?> step) {
        try {
            step.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /** Runs a step on a thread of its own, beside the build's (a step that would wait for the shared pool's threads). */
    private static void beside(Runnable step) {
        Thread thread = new Thread(step, "dossier-beside");
        thread.setDaemon(true);
        thread.start();
    }

    /** Builds what {@link #load} loaded with the same {@code options}, rendering every page (no cache). */
    public static BuildResult build(BuildOptions options, Loaded loaded) {
        return new Run(options, loaded, BuildCache.none(), new Timings(), null).build(null, System.nanoTime());
    }

    /** One build: what it needs from start to end, so that its steps need not pass it around. */
    private static final class Run {
        final BuildOptions options;
        final Loaded loaded;
        final BuildCache cache;
        final Timings t;
        final Problems problems;
        SiteModel model;
        SiteConfig config;
        BuildState previous;
        /** The previous build's pages may be kept: the output holds exactly what it made. */
        boolean keepable;
        Staging staging;
        Templates templates;
        RenderContext ctx;
        PageRenderer renderer;
        TemplateDeps templateDeps;
        String settings;
        String skeleton;
        Map<String, String> locales = new LinkedHashMap<>();
        SearchIndex search;
        PrintEdition print;
        final Map<String, BuildState.PageRecord> records = new ConcurrentHashMap<>();
        final Map<String, BuildState.PrintRecord> prints = new ConcurrentHashMap<>();
        final Map<String, LinkChecker.PageLinks> links = new ConcurrentHashMap<>();
        final Set<String> rendered = ConcurrentHashMap.newKeySet();
        /** The pages rendered (not kept), by key. */
        final Set<String> fresh = ConcurrentHashMap.newKeySet();
        final Map<String, Integer> counts = new LinkedHashMap<>();
        /** {@link Inputs#body} of each page, by its key: made once a build, though most keys need it twice. */
        final Map<String, String> bodyDigests = new ConcurrentHashMap<>();
        /** What every page of a layout in a language depends on (settings, templates, strings, skeleton), by both. */
        final Map<String, String> shared = new ConcurrentHashMap<>();

        Run(BuildOptions options, Loaded loaded, BuildCache cache, Timings t, BuildState previous) {
            this.options = options;
            this.loaded = loaded;
            this.cache = cache;
            this.t = t;
            this.problems = loaded.problems();
            this.previous = previous;
        }

        BuildResult build(String fingerprint, long start) {
            String basePath = loaded.config() == null ? "/" : loaded.config().basePath();
            if (loaded.model() == null || problems.hasErrors()) return failed(start, basePath);
            model = loaded.model();
            config = model.config();
            try {
                staging = Staging.open(options.out(), options.root());
            } catch (IOException e) {
                problems.error(relative(options), 0, 0, e.getMessage(), "");
                return failed(start, basePath);
            }
            String before = Staging.builtIn(options.out());
            if (previous != null) {
                keepable = previous.id().equals(before);
                if (staging.heldBuild() != null && staging.heldBuild().equals(previous.olderId())) staging.hold(previous.olderFiles());
                else if (staging.heldBuild() != null && staging.heldBuild().equals(previous.id())) staging.hold(previous.files());
            }
            // the languages a --lang build leaves as they were: their folders are carried over from the previous output
            List<String> kept = model.languages().stream().map(Language::code).filter(c -> !options.builds(c)).toList();
            boolean ok = false;
            BuildState state = null;
            try {
                ok = render(kept);
                if (ok) {
                    Map<String, String> files = staging.hashes();
                    files.remove(Staging.MARKER);
                    String id = Digest.of(files.toString());
                    staging.mark(id);
                    t.mark("check");
                    staging.commit(kept);
                    t.mark("write");
                    boolean same = previous != null && previous.id().equals(before);
                    state = new BuildState(id, Map.copyOf(files), before, same ? previous.files() : Map.of(),
                            Map.copyOf(records), ctx.rendered(), Map.copyOf(prints), report(basePath));
                }
            } catch (IOException | UncheckedIOException e) {
                problems.error(relative(options), 0, 0, "cannot write the output: " + e.getMessage(),
                        "check the disk space and the folder's permissions");
                ok = false;
            } finally {
                if (!ok) staging.abort();
            }
            if (!ok || problems.hasErrors()) return failed(start, basePath);
            Set<String> changed = previous == null || !previous.id().equals(before) ? null : changed(previous.files(), state.files());
            if (options.lang().isEmpty()) {
                cache.save(state, fingerprint);
                t.mark("save");
            }
            cache.keep(new Preview(options, model, ctx));
            return new BuildResult(true, counts, problems.all(), Duration.ofNanos(System.nanoTime() - start),
                    state.report().usedStrings(), basePath, t.stages(), changed);
        }

        private BuildResult failed(long start, String basePath) {
            cache.keep(null); // what a preview would show is not what the site would be
            return new BuildResult(false, counts, problems.all(), Duration.ofNanos(System.nanoTime() - start), Set.of(),
                    basePath, t.stages(), Set.of());
        }

        private BuildState.Report report(String basePath) {
            Set<String> used = new TreeSet<>();
            records.values().forEach(r -> used.addAll(r.strings()));
            prints.values().forEach(r -> used.addAll(r.strings()));
            ctx.translators().values().forEach(tr -> used.addAll(tr.used()));
            return new BuildState.Report(new LinkedHashMap<>(counts), problems.all(), Set.copyOf(used), basePath);
        }

        /** The files whose bytes differ between two outputs, added and removed ones included. */
        private static Set<String> changed(Map<String, String> before, Map<String, String> after) {
            Set<String> all = new TreeSet<>(before.keySet());
            all.addAll(after.keySet());
            all.removeIf(f -> f.equals(Staging.MARKER) || java.util.Objects.equals(before.get(f), after.get(f)));
            return Set.copyOf(all);
        }

        private boolean render(List<String> kept) throws IOException {
            Map<String, String> assets = Assets.copy(config, staging, problems);
            Markdown markdown = new Markdown(links(model), References.linker(model));
            templates = new Templates(config);
            settings = Inputs.settings(options, config);
            skeleton = Inputs.skeleton(model);
            templateDeps = new TemplateDeps(config);
            for (Language l : model.languages()) locales.put(l.code(), Inputs.locale(config, l.code()));
            ctx = new RenderContext(model, markdown, templates, problems, assets,
                    previous == null ? Map.of() : previous.bodies(), markdownSettings());
            renderer = new PageRenderer(ctx);
            t.mark("prepare");

            List<Page> built = model.pages().stream().filter(p -> options.builds(p.lang())).toList();
            List<Page> pages = built.stream().filter(p -> !p.themeMade()).toList();
            search = templates.exists("search.ftl") ? new SearchIndex(model) : null; // the theme offers search
            print = templates.exists(PrintEdition.TEMPLATE) && config.printEdition() ? new PrintEdition(model) : null;
            // every body, rendered or taken from the cache: their problems are the build's, and mentions need them
            pages.parallelStream().filter(p -> !p.generated()).forEach(ctx::prepare);
            t.mark("markdown");
            Map<String, String> printed = new ConcurrentHashMap<>(); // page key → main kept by an earlier build
            pages.parallelStream().forEach(page -> page(page, printed));
            t.mark("pages (" + fresh.size() + " rendered, " + (records.size() - fresh.size()) + " kept)");
            records.values().forEach(r -> r.problems().forEach(problems::add));
            ctx.rendered().values().forEach(r -> r.problems().forEach(problems::add)); // what the Markdown had

            if (search != null && !options.builds(config.defaultLanguage())) {
                // one language built alone (a job of a matrix): its index marks the pages that copy the default
                // language's text as a whole build's does, so the default language's pages are read too (not written)
                model.pages(config.defaultLanguage()).parallelStream().filter(p -> !p.themeMade()).forEach(p ->
                        ctx.recording(new RenderContext.Reads(), () -> renderer.render(p)).ifPresent(html -> search.add(p,
                                SearchIndex.index(model, p, PostProcessor.process(html, p.url(), config.basePath(),
                                        options.local()).document()))));
                t.mark("search originals");
            }
            if (search != null) {
                for (Page p : built) {
                    if (p.themeMade() && p.path().equals(SearchPages.PATH)) {
                        renderer.render(p).ifPresent(html -> special(p.file(), Urls.file(p.url()), p.url(), html));
                    }
                }
            }
            // the print edition is made beside the search index: neither reads what the other makes
            CompletableFuture<Void> printing = print == null ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.runAsync(() -> built.stream().filter(p -> p.themeMade() && p.path().equals(PrintEdition.PATH))
                        .toList().parallelStream().forEach(p -> print(p, printed)), Builder::beside); // languages apart
            try {
                if (search != null) {
                    // a language none of whose pages changed keeps its index files, when they are all there
                    Set<String> again = new HashSet<>(rendered);
                    for (Language l : model.languages()) {
                        if (again.contains(l.code()) || !options.builds(l.code())) continue;
                        String folder = l.code() + "/" + SearchIndex.FOLDER;
                        boolean any = false;
                        for (Map.Entry<String, String> f : keepable ? previous.files().entrySet() : Set.<Map.Entry<String, String>>of()) {
                            if (!f.getKey().startsWith(folder)) continue;
                            any = true;
                            if (!staging.keep(f.getKey(), f.getValue())) again.add(l.code());
                        }
                        if (!any) again.add(l.code());
                    }
                    search.files(again::contains).forEach(staging::write);
                    t.mark("search");
                }
            } finally {
                await(printing);
            }
            if (print != null) t.mark("print");
            for (Language l : model.languages()) {
                if (options.builds(l.code())) counts.put(l.code(), (int) pages.stream().filter(p -> p.lang().equals(l.code())).count());
            }
            specials(pages, assets);
            missingStrings();
            t.mark("site files");

            if (problems.hasErrors()) return false; // dead links after a failed render would only be noise
            // a page of a language not rebuilt (--lang) is in the previous output, or will be once that language is
            // built: the model's pages, and the pages the theme makes in every language
            Set<String> keptFiles = new HashSet<>();
            for (Page p : model.pages()) if (kept.contains(p.lang())) keptFiles.add(Urls.file(p.url()));
            Path out = options.out();
            LinkChecker.check(links, rel -> staging.exists(rel) || keptFiles.contains(rel)
                    || (kept.stream().anyMatch(k -> rel.startsWith(k + "/")) && Files.exists(out.resolve(rel))),
                    config.basePath(), config.root(), problems);
            return !problems.hasErrors();
        }

        /** What rendering Markdown depends on besides each text: settings and data, references' targets, names. */
        private String markdownSettings() {
            Digest d = new Digest().add(settings);
            new TreeSet<>(References.urls(model, config.defaultLanguage()).keySet()).forEach(d::add);
            for (Page p : model.pages()) if (p.generated()) d.add(p.names());
            return d.hex();
        }

        /** A page: kept from the previous build when nothing it read changed, else rendered. */
        private void page(Page page, Map<String, String> printed) {
            BuildState.PageRecord r = keepable ? previous.pages().get(page.key()) : null;
            String layout = templates.first(PageRenderer.layouts(page)).orElse("");
            if (r != null && r.key().equals(key(page, layout, r.bodies(), r.mentions(), r.quotes()))
                    && staging.keep(r.file(), r.hash())) {
                if (search != null) search.add(page, r.search());
                if (r.printMain() != null) printed.put(page.key(), r.printMain());
            } else {
                r = render(page, layout);
                if (r == null) return;
                rendered.add(page.lang());
                fresh.add(page.key());
            }
            records.put(page.key(), r);
            links.put(r.file(), r.links());
        }

        private BuildState.PageRecord render(Page page, String layout) {
            RenderContext.Reads reads = new RenderContext.Reads();
            Optional<String> html = ctx.recording(reads, () -> renderer.render(page));
            if (html.isEmpty()) {
                reads.problems().all().forEach(problems::add);
                return null;
            }
            String file = Urls.file(page.url());
            PostProcessor.Result done = PostProcessor.process(html.get(), page.url(), config.basePath(), options.local());
            String hash = staging.write(file, done.html().getBytes(StandardCharsets.UTF_8));
            String printMain = null;
            if (print != null && print.printed(page)) {
                org.jsoup.nodes.Element main = done.document().selectFirst("main");
                if (main != null) printMain = Html.outer(main);
                print.add(page, done.document()); // before search, which changes the document
            }
            IndexedPage indexed = search == null ? null : SearchIndex.index(model, page, done.document());
            if (search != null) search.add(page, indexed);
            return new BuildState.PageRecord(key(page, layout, reads.bodies(), reads.mentions(), reads.quotes()),
                    reads.bodies(), reads.mentions(), reads.quotes(), reads.strings(), reads.problems().all(), file, hash,
                    new LinkChecker.PageLinks(page.file(), file, done.ids(), done.links()), indexed, printMain);
        }

        /** The digest of what a page's render depends on, given what it read. */
        private String key(Page page, String layout, Set<String> bodies, Set<String> mentions, Set<String> quotes) {
            String common = shared.computeIfAbsent(layout + "\n" + page.lang(), k -> new Digest().add(settings)
                    .add(templateDeps.of(layout)).add(locales.get(page.lang())).add(locales.get(config.defaultLanguage()))
                    .add(skeleton).hex());
            Digest d = new Digest().add(common).add(page.key()).add(Inputs.own(body(page), page));
            for (String b : new TreeSet<>(bodies)) { // sorted: a set's order differs from one run to the next
                int colon = b.indexOf(':');
                d.add(b).add(body(model.page(b.substring(0, colon), b.substring(colon + 1)).orElse(null)));
            }
            for (String m : new TreeSet<>(mentions)) d.add(m).add(ctx.mentionsDigest(m.substring(0, m.indexOf('|')), m.substring(m.indexOf('|') + 1), false));
            for (String q : new TreeSet<>(quotes)) d.add(q).add(ctx.mentionsDigest(q.substring(0, q.indexOf('|')), q.substring(q.indexOf('|') + 1), true));
            return d.hex();
        }

        /** {@link Inputs#body} of a page (null: none), made once a build. */
        private String body(Page p) {
            return p == null ? Inputs.body(null) : bodyDigests.computeIfAbsent(p.key(), k -> Inputs.body(p));
        }

        /** A language's print edition: kept when none of its pages changed, else made from the finished pages. */
        private void print(Page p, Map<String, String> printed) {
            String key = new Digest().add(settings).add(templateDeps.of(PrintEdition.TEMPLATE)).add(locales.get(p.lang()))
                    .add(locales.get(config.defaultLanguage())).add(skeleton).hex();
            BuildState.PrintRecord r = keepable ? previous.prints().get(p.lang()) : null;
            if (r != null && r.key().equals(key) && !rendered.contains(p.lang()) && staging.keep(r.file(), r.hash())) {
                prints.put(p.lang(), r);
                links.put(r.file(), r.links());
                return;
            }
            for (Page page : model.pages(p.lang())) {
                String main = printed.get(page.key());
                if (main != null) print.add(page, main);
            }
            RenderContext.Reads reads = new RenderContext.Reads();
            Optional<String> html = ctx.recording(reads, () -> renderer.render(p));
            reads.problems().all().forEach(problems::add);
            if (html.isEmpty()) return;
            String file = Urls.file(p.url());
            PostProcessor.Result done = PostProcessor.process(print.assemble(p, html.get()), p.url(), config.basePath(),
                    options.local());
            String hash = staging.write(file, done.html().getBytes(StandardCharsets.UTF_8));
            LinkChecker.PageLinks pl = new LinkChecker.PageLinks(p.file(), file, done.ids(), done.links());
            links.put(file, pl);
            prints.put(p.lang(), new BuildState.PrintRecord(key, file, hash, pl, reads.strings(), reads.problems().all()));
        }

        /** A page rendered on every build (search pages, 404s, the chooser): written, its links checked. */
        private void special(String source, String file, String url, String html) {
            PostProcessor.Result r = PostProcessor.process(html, url, config.basePath(), options.local());
            staging.write(file, r.html());
            links.put(file, new LinkChecker.PageLinks(source, file, r.ids(), r.links()));
        }

        /** The chooser, the 404 pages, the host's files, the sitemap and the aliases. */
        private void specials(List<Page> pages, Map<String, String> assets) {
            Language def = model.defaultLanguage();
            if (templates.exists("chooser.ftl")) {
                renderer.renderSpecial("chooser.ftl", def, true).ifPresent(html ->
                        special("themes/" + config.theme() + "/templates/chooser.ftl", Urls.file(""), "", html));
            }
            if (templates.exists("404.ftl")) {
                // served at any missing address: links from the base path; one per language, and the root's in the default
                String source = "themes/" + config.theme() + "/templates/404.ftl";
                for (Language l : model.languages()) {
                    if (!options.builds(l.code())) continue;
                    renderer.renderSpecial("404.ftl", l, false, Map.of("atRoot", false)).ifPresent(html ->
                            special(source, l.code() + "/404.html", null, html));
                }
                renderer.renderSpecial("404.ftl", def, false, Map.of("atRoot", true)).ifPresent(html ->
                        special(source, "404.html", null, html));
            }
            List<String> codes = model.languages().stream().map(Language::code).toList();
            staging.write("_headers", HostFiles.headers(config.basePath(), codes, assets.entrySet().stream()
                    .filter(e -> !e.getKey().equals(e.getValue())).map(Map.Entry::getValue).toList()));
            staging.write("_redirects", HostFiles.redirects(config.basePath(), codes));
            staging.write("sitemap.xml", Sitemap.xml(model));
            staging.write("robots.txt", Sitemap.robots(model));
            writeAliases(model, pages, staging, options.local(), problems); // last: an alias may not replace a file
        }

        /** The UI strings the renders looked up that a language lacks: warnings, at its locale file. */
        private void missingStrings() {
            Map<String, Set<String>> used = new TreeMap<>();
            records.forEach((key, r) -> used.computeIfAbsent(key.substring(0, key.indexOf(':')), k -> new TreeSet<>())
                    .addAll(r.strings()));
            prints.forEach((lang, r) -> used.computeIfAbsent(lang, k -> new TreeSet<>()).addAll(r.strings()));
            ctx.translators().forEach((code, tr) -> used.computeIfAbsent(code, k -> new TreeSet<>()).addAll(tr.used()));
            Language def = model.defaultLanguage();
            for (Language l : model.languages()) {
                for (String key : used.getOrDefault(l.code(), Set.of())) {
                    if (l.strings().containsKey(key)) continue;
                    problems.warning(Problem.Kind.MISSING_UI_STRING, "i18n/" + l.code() + ".yaml", 0, 0,
                            "UI string '" + key + "' is missing; the " + def.name() + " text is shown",
                            "add it under 'strings'");
                }
            }
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
