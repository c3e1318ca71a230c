package org.dossier.template;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import org.dossier.content.Page;
import org.dossier.markdown.Markdown;

import java.util.HashMap;
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

    /** The body as HTML, with shortcodes rendered for this page. */
    public TemplateHTMLOutputModel getContent() throws TemplateModelException {
        String html = ctx.resolveReferences(ctx.body(page), page.lang());
        Matcher m = SHORTCODE.matcher(html);
        if (!m.find()) return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        StringBuilder out = new StringBuilder();
        int last = 0;
        do {
            out.append(html, last, m.start());
            String name = "shortcodes/" + m.group(1) + ".ftl";
            if (!ctx.templates().exists(name)) {
                ctx.problems().error(page.file(), page.bodyLine(), 0, "unknown shortcode '" + m.group(1) + "'",
                        "add templates/" + name + " to the theme, or remove the {{< " + m.group(1) + " >}} line");
            } else {
                try {
                    out.append(ctx.templates().render(name, new HashMap<>(PageRenderer.model(this, ctx, true))));
                } catch (Templates.Failure f) {
                    ctx.problems().add(f.problem());
                }
            }
            last = m.end();
        } while (m.find());
        out.append(html.substring(last));
        return HTMLOutputFormat.INSTANCE.fromMarkup(out.toString());
    }

    /** Renders a front matter value (or any text) as Markdown, with messages pointing at this page. */
    public TemplateHTMLOutputModel markdown(String text, boolean inline) throws TemplateModelException {
        Markdown.Source source = new Markdown.Source(page.file(), lineOf(text));
        String html = inline ? ctx.markdown().renderInline(text, source, ctx.problems())
                : ctx.markdown().render(text, source, ctx.problems());
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
