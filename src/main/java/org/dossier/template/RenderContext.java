package org.dossier.template;

import org.dossier.content.Page;
import org.dossier.content.References;
import org.dossier.content.SiteModel;
import org.dossier.i18n.Language;
import org.dossier.i18n.Translator;
import org.dossier.markdown.CrossReferences;
import org.dossier.markdown.Markdown;
import org.dossier.markdown.Slugs;
import org.dossier.links.Mentions;
import org.dossier.map.MapSvg;
import org.dossier.problems.Problems;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every page render of one build shares: the model, the engines, the asset names and the rendered Markdown
 * of each source file (rendered once, even when several language trees show the same file).
 */
public final class RenderContext {

    private static final Pattern REFERENCE = Pattern.compile("href=\"" + CrossReferences.SCHEME + "([^\"]+)\"");

    private final SiteModel model;
    private final Markdown markdown;
    private final Templates templates;
    private final Problems problems;
    private final Map<String, String> assets;
    private final Map<String, Translator> translators = new ConcurrentHashMap<>();
    private final Map<String, Mentions.Tagged> bodies = new ConcurrentHashMap<>();
    private final Map<String, Index> indexes = new ConcurrentHashMap<>();
    /** Front matter text rendered as Markdown, by text and where it is: many pages show the same field. */
    private final Map<List<Object>, Rendered> fields = new ConcurrentHashMap<>();
    private final Mentions mentions;
    /** Every name of a page made from data, in any language ("Milano", "Milan", "Mailand") → its key ("cities/milan"). */
    private final Map<String, String> keysByName;
    private final MapSvg map;
    private final Map<String, Map<String, String>> references = new ConcurrentHashMap<>();
    private final Map<String, Map<String, List<Page>>> sections = new ConcurrentHashMap<>();
    private final Map<List<String>, Referrers> referrers = new ConcurrentHashMap<>();
    /** Template variables that are the same in every render: {@code site}, {@code languages}, {@code languageNames}. */
    private final Map<String, Object> site;
    private final List<Map<String, Object>> languages;
    private final Map<String, String> languageNames;

    /**
     * What one page's render read besides its own page, the site's pages' titles and settings, the templates, the
     * locale and data files: the bodies it showed, the mentions and quotes it listed (as "lang|target"), the UI strings
     * it looked up, and the problems it found. The build cache keeps them, to know when the page must be made again.
     */
    public static final class Reads {
        private final java.util.Set<String> bodies = new java.util.TreeSet<>();
        private final java.util.Set<String> mentions = new java.util.TreeSet<>();
        private final java.util.Set<String> quotes = new java.util.TreeSet<>();
        private final java.util.Set<String> strings = new java.util.TreeSet<>();
        private final Problems problems = new Problems();

        public java.util.Set<String> bodies() {
            return java.util.Set.copyOf(bodies);
        }

        public java.util.Set<String> mentions() {
            return java.util.Set.copyOf(mentions);
        }

        public java.util.Set<String> quotes() {
            return java.util.Set.copyOf(quotes);
        }

        public java.util.Set<String> strings() {
            return java.util.Set.copyOf(strings);
        }

        public Problems problems() {
            return problems;
        }
    }

    /** A body rendered to HTML (mentions tagged), with the problems its Markdown had: kept by the build cache. */
    public record Rendered(Mentions.Tagged tagged, List<org.dossier.problems.Problem> problems) {
    }

    /** The render of each page running now, per thread (one page renders on one thread). */
    private final ThreadLocal<Reads> reading = new ThreadLocal<>();
    /** Bodies rendered by an earlier build, by {@link #bodyKey}; and those this build used. */
    private final Map<String, Rendered> earlier;
    private final Map<String, Rendered> rendered = new ConcurrentHashMap<>();
    /** {@link #mentionsDigest}s made so far, by language, target and kind: every page that shows a target asks. */
    private final Map<String, String> mentionsDigests = new ConcurrentHashMap<>();
    /** What the rendering of Markdown depends on besides the text: the placeholder links, references, names. */
    private final String markdownSettings;

    /** @param assets theme file name → fingerprinted output path ("css/site.css" → "assets/site.1a2b3c4d.css") */
    public RenderContext(SiteModel model, Markdown markdown, Templates templates, Problems problems,
                         Map<String, String> assets) {
        this(model, markdown, templates, problems, assets, Map.of(), "");
    }

    /**
     * @param earlier          bodies an earlier build rendered, by {@link #bodyKey} (the build cache), reused when
     *                         their text and {@code markdownSettings} are the same
     * @param markdownSettings a digest of what Markdown rendering depends on besides the text
     */
    public RenderContext(SiteModel model, Markdown markdown, Templates templates, Problems problems,
                         Map<String, String> assets, Map<String, Rendered> earlier, String markdownSettings) {
        this.model = model;
        this.markdown = markdown;
        this.templates = templates;
        this.problems = problems;
        this.assets = Map.copyOf(assets);
        this.earlier = earlier;
        this.markdownSettings = markdownSettings;
        // a city or a person goes by its names in every language: a translated name ("La Haya") is a mention of it
        // wherever it is written, like the default language's name and its other spellings
        Map<String, java.util.LinkedHashSet<String>> names = new LinkedHashMap<>();
        for (Page p : model.pages()) {
            if (p.generated()) names.computeIfAbsent(References.key(p), k -> new java.util.LinkedHashSet<>()).addAll(p.names());
        }
        List<Mentions.Target> targets = new ArrayList<>();
        names.forEach((key, all) -> targets.add(new Mentions.Target(key, List.copyOf(all))));
        this.mentions = new Mentions(targets);
        Map<String, String> keys = new HashMap<>();
        names.forEach((key, all) -> all.forEach(n -> keys.putIfAbsent(n, key)));
        this.keysByName = Map.copyOf(keys);
        this.map = MapSvg.load(model.config().themeDir(), model.config().theme(), problems);
        Language fallback = model.defaultLanguage();
        Map<String, String> languageNames = new LinkedHashMap<>();
        for (Language l : model.languages()) {
            translators.put(l.code(), new Translator(l, fallback));
            references.put(l.code(), References.urls(model, l.code()));
            languageNames.put(l.code(), l.name());
        }
        this.site = PageRenderer.site(model.config(), templates);
        this.languages = model.languages().stream().map(PageRenderer::language).toList();
        this.languageNames = Collections.unmodifiableMap(languageNames);
    }

    /**
     * A context for {@code model}, a site whose pages differ from this context's only in their bodies (an edit's
     * preview, {@link Page#withBody}): what does not depend on the text is shared, the bodies this context rendered are
     * reused where their text is the same.
     */
    public RenderContext withBodies(SiteModel model) {
        return new RenderContext(this, model);
    }

    private RenderContext(RenderContext from, SiteModel model) {
        this.model = model;
        this.markdown = from.markdown;
        this.templates = from.templates;
        this.problems = new Problems();
        this.assets = from.assets;
        this.earlier = Map.copyOf(from.rendered);
        this.markdownSettings = from.markdownSettings;
        this.mentions = from.mentions;
        this.keysByName = from.keysByName;
        this.map = from.map;
        this.references.putAll(from.references);
        this.site = from.site;
        this.languages = from.languages;
        this.languageNames = from.languageNames;
        for (Language l : model.languages()) translators.put(l.code(), new Translator(l, model.defaultLanguage()));
    }

    /**
     * Points the cross-reference links of rendered Markdown ({@code dossier:dive/5}) at their targets in
     * {@code lang}, as paths from the site root (made relative to the page in post-processing).
     */
    String resolveReferences(String html, String lang) {
        if (!html.contains(CrossReferences.SCHEME)) return html;
        Map<String, String> urls = references.get(lang);
        Matcher m = REFERENCE.matcher(html);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String url = urls.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(url == null ? m.group() : "href=\"/" + url + "\""));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    public SiteModel model() {
        return model;
    }

    public Markdown markdown() {
        return markdown;
    }

    public Templates templates() {
        return templates;
    }

    /** Where problems go: the render running on this thread's own list, else the build's. */
    public Problems problems() {
        Reads r = reading.get();
        return r == null ? problems : r.problems;
    }

    /** Runs a render, recording what it reads into {@code reads}. */
    public <T> T recording(Reads reads, java.util.function.Supplier<T> render) {
        reading.set(reads);
        try {
            return render.get();
        } finally {
            reading.remove();
        }
    }

    /** Notes a UI string the render on this thread looked up. */
    void readString(String key) {
        Reads r = reading.get();
        if (r != null) r.strings.add(key);
    }

    /** Notes the mentions ({@code quotes}: the quotes) of a target listed by the render on this thread. */
    void readMentions(String lang, String target, boolean quotes) {
        Reads r = reading.get();
        if (r != null) (quotes ? r.quotes : r.mentions).add(lang + "|" + target);
    }

    /** The bodies this build rendered or took from an earlier one, by {@link #bodyKey}: for the build cache. */
    public Map<String, Rendered> rendered() {
        return Map.copyOf(rendered);
    }

    /** What a body's HTML depends on: its text, where it is (for messages), and the rendering settings. */
    public String bodyKey(Page page) {
        return org.dossier.output.Murmur3.hex((page.file() + "\n" + page.bodyLine() + "\n" + markdownSettings + "\n"
                + page.path() + "\n" + page.body()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * What the mentions ({@code quotes}: the quotes) of {@code target} in {@code lang} are now: a digest that changes
     * when any of them does.
     */
    public String mentionsDigest(String lang, String target, boolean quotes) {
        return mentionsDigests.computeIfAbsent(lang + "|" + target + "|" + quotes, k -> {
            Index index = index(lang);
            StringBuilder sb = new StringBuilder();
            List<? extends Found<?>> found = quotes ? index.quotes().getOrDefault(target, List.of())
                    : index.mentions().getOrDefault(target, List.of());
            for (Found<?> f : found) sb.append(f.page().key()).append(' ').append(f.what()).append('\n');
            return org.dossier.output.Murmur3.hex(sb.toString());
        });
    }

    public Map<String, String> assets() {
        return assets;
    }

    public Translator translator(String lang) {
        return translators.get(lang);
    }

    public Map<String, Translator> translators() {
        return translators;
    }

    /** {@code html} with the names of cities and people linked to their pages, in {@code lang}. */
    String linkNames(String html, String lang) {
        return resolveReferences(mentions.link(html), lang);
    }

    /**
     * The name a city or a person goes by in {@code lang} ("Milan" → "Milano" in Italian), given any of its names in
     * any language; other text as it is.
     */
    String localName(String name, String lang) {
        String key = keysByName.get(name);
        return key == null ? name : model.page(lang, key + ".md").map(Page::title).orElse(name);
    }

    /** The template's {@code site}: the settings it may show. */
    Map<String, Object> site() {
        return site;
    }

    /** The template's {@code languages}: each language as {@code code}, {@code name}, {@code locale}, {@code dir}. */
    List<Map<String, Object>> languages() {
        return languages;
    }

    /** Language code → its name, in language order. */
    Map<String, String> languageNames() {
        return languageNames;
    }

    /** The theme's base map, or null when it has none. */
    MapSvg map() {
        return map;
    }

    /**
     * A piece of front matter text as HTML ({@code inline}: one paragraph, without its {@code <p>}), rendered once
     * per build: its problems go to the render that asks, each time.
     */
    String markdown(String text, boolean inline, Markdown.Source source) {
        Rendered r = fields.computeIfAbsent(List.of(text, inline, source.file(), source.firstLine()), k -> {
            Problems found = new Problems();
            String html = inline ? markdown.renderInline(text, source, found) : markdown.render(text, source, found);
            return new Rendered(new Mentions.Tagged(html, List.of(), List.of()), found.all());
        });
        r.problems().forEach(problems()::add);
        return r.tagged().html();
    }

    /** The page body as HTML, shortcodes not yet expanded, with ids on the paragraphs that mention a data page. */
    String body(Page page) {
        Reads r = reading.get();
        if (r != null) r.bodies.add(page.key());
        return tagged(page).html();
    }

    /** Renders (or takes from an earlier build) a page's body, ahead of the renders that show it. */
    public void prepare(Page page) {
        tagged(page);
    }

    /** A body rendered once per build (and per text: an earlier build's render is reused), its problems kept with it. */
    private Mentions.Tagged tagged(Page page) {
        return bodies.computeIfAbsent(page.file(), f -> {
            String key = bodyKey(page);
            Rendered done = earlier.get(key);
            if (done == null) {
                Problems found = new Problems();
                org.jsoup.nodes.Element html = markdown.renderTree(page.body(), new Markdown.Source(page.file(), page.bodyLine()), found);
                String name = page.path().replaceFirst("(/_index)?\\.md$", "");
                done = new Rendered(mentions.tag(html, Slugs.slug(name.substring(name.lastIndexOf('/') + 1)) + "-"),
                        found.all());
            }
            rendered.put(key, done);
            return done.tagged();
        });
    }

    /** Where a page was mentioned or quoted: the page and the id of the paragraph or quote. */
    public record Found<T>(Page page, T what) {
    }

    /** What the pages of one language mention and quote, by target key ("cities/torino"). */
    record Index(Map<String, List<Found<Mentions.Mention>>> mentions, Map<String, List<Found<Mentions.Quote>>> quotes) {
    }

    /** Front matter keys whose text is not running text: names, addresses, or the structured lists of who took part. */
    private static final java.util.Set<String> NOT_TEXT = java.util.Set.of("title", "description", "heading", "cities",
            "partners", "tracks", "code", "number", "weight", "slug", "layout", "aliases", "date", "translated_from", "draft");

    /** The running text of a page's front matter (speakers' roles, toolbox lists…), as plain text, one value each. */
    private static List<String> frontMatterText(Page p) {
        List<String> out = new ArrayList<>();
        p.params().forEach((k, v) -> {
            if (!NOT_TEXT.contains(k)) collect(v, out);
        });
        return out;
    }

    private static void collect(Object v, List<String> out) {
        if (v instanceof String s) out.add(s.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1").replace("**", "").replace("\\", ""));
        else if (v instanceof Map<?, ?> m) m.values().forEach(x -> collect(x, out));
        else if (v instanceof List<?> l) l.forEach(x -> collect(x, out));
    }

    /** Built once per language, on first use, from every page's body and front matter text. */
    Index index(String lang) {
        return indexes.computeIfAbsent(lang, l -> {
            Map<String, List<Found<Mentions.Mention>>> ms = new LinkedHashMap<>();
            Map<String, List<Found<Mentions.Quote>>> qs = new LinkedHashMap<>();
            for (Page p : model.pages(l)) {
                if (p.generated() || p.themeMade()) continue;
                Mentions.Tagged t = tagged(p);
                t.mentions().forEach(m -> ms.computeIfAbsent(m.target(), k -> new ArrayList<>()).add(new Found<>(p, m)));
                for (String text : frontMatterText(p)) {
                    mentions.find(text).forEach(m -> ms.computeIfAbsent(m.target(), k -> new ArrayList<>()).add(new Found<>(p, m)));
                }
                t.quotes().stream().filter(q -> q.target() != null)
                        .forEach(q -> qs.computeIfAbsent(q.target(), k -> new ArrayList<>()).add(new Found<>(p, q)));
            }
            return new Index(ms, qs);
        });
    }

    /**
     * The content pages ({@code PAGE} kind, not made from data) of {@code lang} in the top section {@code section},
     * in site order. Built once per language, on first use.
     */
    List<Page> sectionPages(String lang, String section) {
        return sections.computeIfAbsent(lang, l -> {
            Map<String, List<Page>> bySection = new LinkedHashMap<>();
            for (Page p : model.pages(l)) {
                if (!p.generated() && !p.themeMade() && p.kind() == Page.Kind.PAGE) {
                    bySection.computeIfAbsent(p.topSection(), k -> new ArrayList<>()).add(p);
                }
            }
            return bySection;
        }).getOrDefault(section, List.of());
    }

    /** The pages of a language, and by each name their front matter list {@code field} holds, where they are. */
    private record Referrers(List<Page> pages, Map<String, List<Integer>> byName) {
    }

    /**
     * The pages of {@code lang} (not made from data) whose front matter list {@code field} holds one of
     * {@code names}, in site order. List items may be names or maps with a {@code name}. Indexed once per language
     * and field, on first use.
     */
    List<Page> referrers(String lang, String field, List<String> names) {
        Referrers r = referrers.computeIfAbsent(List.of(lang, field), k -> {
            List<Page> pages = model.pages(lang);
            Map<String, List<Integer>> byName = new HashMap<>();
            for (int i = 0; i < pages.size(); i++) {
                Page p = pages.get(i);
                if (p.generated() || !(p.params().get(field) instanceof List<?> l)) continue;
                for (Object item : l) {
                    Object name = item instanceof Map<?, ?> m ? m.get("name") : item;
                    if (name == null) continue;
                    List<Integer> at = byName.computeIfAbsent(String.valueOf(name).strip(), x -> new ArrayList<>());
                    if (at.isEmpty() || at.get(at.size() - 1) != i) at.add(i);
                }
            }
            return new Referrers(pages, byName);
        });
        TreeSet<Integer> found = new TreeSet<>();
        for (String n : names) found.addAll(r.byName().getOrDefault(n, List.of()));
        return found.stream().map(r.pages()::get).toList();
    }
}
