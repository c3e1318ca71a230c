package org.dossier.template;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import org.dossier.content.Page;
import org.dossier.markdown.Html;
import org.dossier.markdown.Markdown;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page as templates see it ({@code page.title}, {@code page.children}, {@code page.content} …). Read-only; made
 * afresh for each render, so it holds no state between threads.
 */
public final class PageView {

    private static final Pattern SHORTCODE = Pattern.compile("<!--" + Markdown.SHORTCODE_MARK + "([\\w-]+)-->");

    private final Page page;
    private final RenderContext ctx;

    PageView(Page page, RenderContext ctx) {
        this.page = page;
        this.ctx = ctx;
    }

    Page page() {
        return page;
    }

    public String getTitle() {
        return page.title();
    }

    public String getDescription() {
        return page.description();
    }

    /** home, section or page. */
    public String getKind() {
        return page.kind().name().toLowerCase();
    }

    public String getLang() {
        return page.lang();
    }

    public String getContentLang() {
        return page.contentLang();
    }

    /** The language of a field's text (a data page's role, say): differs where a data translation lacks it. */
    public String textLang(String field) {
        return page.textLang(field);
    }

    public boolean isFallback() {
        return page.fallback();
    }

    /** The source path shared by all its translations ("tracks/_index.md"). */
    public String getPath() {
        return page.path();
    }

    public String getSection() {
        return page.topSection();
    }

    public String getFile() {
        return page.file();
    }

    /** The URL relative to the site root, without the base path ("en/tracks/"). */
    public String getUrl() {
        return page.url();
    }

    public String getPermalink() {
        return ctx.model().config().baseUrl() + page.url();
    }

    public int getWeight() {
        return page.weight();
    }

    public Map<String, Object> getParams() {
        return page.params();
    }

    public PageView getParent() {
        return ctx.model().parent(page).map(this::view).orElse(null);
    }

    public List<PageView> getAncestors() {
        return views(ctx.model().ancestors(page));
    }

    public List<PageView> getChildren() {
        return views(ctx.model().children(page));
    }

    public PageView getPrev() {
        List<Page> sib = ctx.model().siblings(page);
        int i = sib.indexOf(page);
        return i > 0 ? view(sib.get(i - 1)) : null;
    }

    public PageView getNext() {
        List<Page> sib = ctx.model().siblings(page);
        int i = sib.indexOf(page);
        return i >= 0 && i < sib.size() - 1 ? view(sib.get(i + 1)) : null;
    }

    /** The other language versions of this page. */
    public List<PageView> getTranslations() {
        return views(ctx.model().translations(page).stream().filter(p -> p != page).toList());
    }

    /** The real translations (fallback pages excluded), for hreflang alternates and the sitemap. */
    public List<PageView> getAlternates() {
        return views(ctx.model().translations(page).stream().filter(p -> !p.fallback()).toList());
    }

    /** The page whose text this page shows: itself, or for a fallback the default language's page. */
    public PageView getOriginal() {
        if (!page.fallback()) return this;
        return ctx.model().page(page.contentLang(), page.path()).map(this::view).orElse(this);
    }

    /** A translation whose source has changed since it was translated. */
    public boolean isStale() {
        return page.stale();
    }

    /** All language versions including this one, in language order. */
    public List<PageView> getAllTranslations() {
        return views(ctx.model().translations(page));
    }

    /**
     * The body as HTML, with shortcodes rendered for this page. On a page whose text is in another language than its
     * tree's (a fallback), each block of the text carries that language ({@code <p lang="en">}), and the shortcodes'
     * output, which the theme words in the page's language, does not: no wrapper marks the theme's words as English.
     */
    public TemplateHTMLOutputModel getContent() throws TemplateModelException {
        // marked whole, before the shortcodes are rendered: a shortcode line may stand inside a block (a ::: div), so
        // the text between shortcodes is no well-formed fragment. The marks are comments, which marking leaves alone.
        String html = text(ctx.resolveReferences(ctx.body(page), page.lang()));
        Matcher m = SHORTCODE.matcher(html);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(html, last, m.start());
            String name = "shortcodes/" + m.group(1) + ".ftl";
            if (!ctx.templates().exists(name)) {
                ctx.problems().error(page.file(), page.bodyLine(), 0, "unknown shortcode '" + m.group(1) + "'",
                        "add templates/" + name + " to the theme, or remove the {{< " + m.group(1) + " >}} line");
            } else {
                try {
                    out.append(ctx.templates().render(name, PageRenderer.model(this, ctx, true)));
                } catch (Templates.Failure f) {
                    ctx.problems().add(f.problem());
                }
            }
            last = m.end();
        }
        out.append(html, last, html.length());
        return HTMLOutputFormat.INSTANCE.fromMarkup(out.toString());
    }

    /** The page's text, marked with its language when it is not its tree's. */
    private String text(String html) {
        return page.contentLang().equals(page.lang()) ? html : markBlocks(html, page.contentLang());
    }

    /**
     * {@code html} with {@code lang} on each of its top-level elements (text outside any element in a
     * {@code <span lang>}; comments as they are): the same structure, so the theme's CSS and the table of contents
     * see no wrapper.
     */
    static String markBlocks(String html, String lang) {
        if (html.isBlank()) return html;
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (org.jsoup.nodes.Node n : new java.util.ArrayList<>(doc.body().childNodes())) {
            if (n instanceof org.jsoup.nodes.Element e) {
                if (!e.hasAttr("lang")) e.attr("lang", lang);
            } else if (n instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) {
                org.jsoup.nodes.Element span = new org.jsoup.nodes.Element("span").attr("lang", lang);
                t.before(span);
                span.appendChild(t);
            }
        }
        return Html.inner(doc.body());
    }

    /** Inline {@code html} in a {@code <span lang>}. */
    static String inLanguage(String html, String lang) {
        return html.isBlank() ? html : "<span" + langAttribute(lang) + ">" + html + "</span>";
    }

    /** {@code  lang="…"}, escaped. */
    static String langAttribute(String lang) {
        return " lang=\"" + HTMLOutputFormat.INSTANCE.escapePlainText(lang) + "\"";
    }

    /**
     * For a page made from a data file (a city, a person): every paragraph of the site, in this language, that
     * names it — each as {@code page}, {@code href} (a site path to the paragraph) and {@code snippet} (HTML).
     */
    public List<Map<String, Object>> getMentions() throws TemplateModelException {
        if (!page.generated()) return List.of();
        List<Map<String, Object>> list = new java.util.ArrayList<>();
        ctx.readMentions(page.lang(), org.dossier.content.References.key(page), false);
        for (RenderContext.Found<org.dossier.links.Mentions.Mention> f : ctx.index(page.lang()).mentions()
                .getOrDefault(org.dossier.content.References.key(page), List.of())) {
            String anchor = f.what().blockId() == null ? "" : "#" + f.what().blockId();
            list.add(Map.of("page", view(f.page()), "href", "/" + f.page().url() + anchor,
                    "snippet", HTMLOutputFormat.INSTANCE.fromMarkup(f.what().snippet())));
        }
        return list;
    }

    /** For a person's page: their quotes in this language, each as {@code page}, {@code href}, {@code text} (HTML). */
    public List<Map<String, Object>> getQuotes() throws TemplateModelException {
        if (!page.generated()) return List.of();
        List<Map<String, Object>> list = new java.util.ArrayList<>();
        ctx.readMentions(page.lang(), org.dossier.content.References.key(page), true);
        for (RenderContext.Found<org.dossier.links.Mentions.Quote> f : ctx.index(page.lang()).quotes()
                .getOrDefault(org.dossier.content.References.key(page), List.of())) {
            list.add(Map.of("page", view(f.page()), "href", "/" + f.page().url() + "#" + f.what().figureId(),
                    "text", HTMLOutputFormat.INSTANCE.fromMarkup(f.what().text())));
        }
        return list;
    }

    /**
     * The pages whose front matter list {@code field} names this page: {@code referencedBy("cities")} on a city
     * gives the sessions and City Dives it took part in. List items may be names or maps with a {@code name}.
     */
    public List<PageView> referencedBy(String field) {
        return views(ctx.referrers(page.lang(), field, page.names()));
    }

    /**
     * For a section of places (its children have lat and lon): a map with a dot per place, linked to its page,
     * sized by its mentions; {@code label} is a UI string pattern for each dot ("{0}: {1} mentions").
     */
    public TemplateHTMLOutputModel map(String title, String label) throws TemplateModelException {
        org.dossier.map.MapSvg svg = ctx.map();
        if (svg == null) return HTMLOutputFormat.INSTANCE.fromMarkup("");
        List<org.dossier.map.MapSvg.Point> points = new java.util.ArrayList<>();
        for (Page p : ctx.model().children(page)) {
            if (!(p.params().get("lat") instanceof Number lat) || !(p.params().get("lon") instanceof Number lon)) continue;
            int n = new PageView(p, ctx).getMentions().size();
            String text = new java.text.MessageFormat(label.replace("'", "''"), java.util.Locale.forLanguageTag(page.lang()))
                    .format(new Object[]{p.title(), n});
            points.add(new org.dossier.map.MapSvg.Point(p.title(), lat.doubleValue(), lon.doubleValue(), "/" + p.url(), n, text));
        }
        return HTMLOutputFormat.INSTANCE.fromMarkup(svg.svg(title, points));
    }

    /**
     * Pages of the same kind that share something with this one: the other sessions of its track and the pages
     * that share a city, most shared first (at most {@code max}).
     */
    public List<PageView> related(int max) {
        Object mine = page.params().get("cities");
        List<?> cities = mine instanceof List<?> l ? l : List.of();
        Map<Page, Integer> score = new java.util.LinkedHashMap<>();
        for (Page p : ctx.sectionPages(page.lang(), page.topSection())) {
            if (p == page) continue;
            int s = java.util.Objects.equals(p.parentPath(), page.parentPath()) ? 1 : 0;
            if (p.params().get("cities") instanceof List<?> other) {
                for (Object c : other) if (cities.contains(c)) s += 2;
            }
            if (s > 0) score.put(p, s);
        }
        return score.entrySet().stream().sorted(Map.Entry.<Page, Integer>comparingByValue().reversed())
                .limit(max).map(e -> view(e.getKey())).toList();
    }

    /** Renders a front matter value (or any text) as Markdown, with messages pointing at this page. */
    public TemplateHTMLOutputModel markdown(String text, boolean inline) throws TemplateModelException {
        Markdown.Source source = new Markdown.Source(page.file(), lineOf(text));
        String html = ctx.markdown(text, inline, source);
        return HTMLOutputFormat.INSTANCE.fromMarkup(ctx.resolveReferences(html, page.lang()));
    }

    /** The line of the front matter key whose value holds {@code text}: where an editor would fix it. */
    private int lineOf(String text) {
        for (Map.Entry<String, Object> e : page.params().entrySet()) {
            if (contains(e.getValue(), text)) return page.line(e.getKey());
        }
        return 1;
    }

    private static boolean contains(Object value, String text) {
        if (value instanceof String s) return s.equals(text);
        if (value instanceof Map<?, ?> m) return m.values().stream().anyMatch(v -> contains(v, text));
        if (value instanceof List<?> l) return l.stream().anyMatch(v -> contains(v, text));
        return false;
    }

    private PageView view(Page p) {
        return new PageView(p, ctx);
    }

    private List<PageView> views(List<Page> pages) {
        return pages.stream().map(this::view).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PageView v && v.page.equals(page);
    }

    @Override
    public int hashCode() {
        return page.hashCode();
    }
}
