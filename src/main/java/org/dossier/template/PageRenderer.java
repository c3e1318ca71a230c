package org.dossier.template;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import org.dossier.config.SiteConfig;
import org.dossier.content.Page;
import org.dossier.i18n.Language;
import org.dossier.i18n.Translator;
import org.dossier.markdown.Slugs;
import org.dossier.output.Urls;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Renders one page through its layout. Layouts are chosen by the page's {@code layout}, section and kind. */
public final class PageRenderer {

    /** What langAttr() and inLang() accept as a language code: a BCP 47 tag's shape (en, pt-br, zh-Hant). */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private final RenderContext ctx;

    public PageRenderer(RenderContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The candidate layouts, most specific first: the page's own {@code layout}, then "&lt;section&gt;/&lt;kind&gt;.ftl"
     * (e.g. tracks/section.ftl), then "&lt;kind&gt;.ftl".
     */
    public static List<String> layouts(Page page) {
        String kind = page.kind().name().toLowerCase();
        List<String> names = new ArrayList<>();
        if (!page.layout().isEmpty()) {
            names.add(page.layout().endsWith(".ftl") ? page.layout() : page.layout() + ".ftl");
            return names;
        }
        if (!page.topSection().isEmpty()) names.add(page.topSection() + "/" + kind + ".ftl");
        names.add(kind + ".ftl");
        return names;
    }

    /** Renders the page; a missing layout or a template error becomes a problem. */
    public Optional<String> render(Page page) {
        List<String> names = layouts(page);
        Optional<String> layout = ctx.templates().first(names);
        if (layout.isEmpty()) {
            if (!page.layout().isEmpty()) {
                ctx.problems().error(page.file(), page.line("layout"), 1, "layout '" + page.layout()
                        + "' not found in the theme", "add templates/" + names.get(0)
                        + " to the theme or to content/_theme/, or remove the 'layout' line");
            } else {
                ctx.problems().error(page.file(), 1, 0, "no template for this page (looked for "
                        + String.join(", ", names) + ")", "add one of them to the theme");
            }
            return Optional.empty();
        }
        return renderTemplate(layout.get(), model(new PageView(page, ctx), ctx, true));
    }

    /** Renders a page-independent template (language chooser, 404) for {@code lang}. */
    public Optional<String> renderSpecial(String template, Language lang, boolean relative) {
        return renderSpecial(template, lang, relative, Map.of());
    }

    /** The same, with more variables for the template (the 404 pages' {@code atRoot}). */
    public Optional<String> renderSpecial(String template, Language lang, boolean relative, Map<String, Object> extra) {
        Map<String, Object> model = base(lang, null, relative ? "" : null, ctx);
        model.putAll(extra);
        return renderTemplate(template, model);
    }

    private Optional<String> renderTemplate(String name, Map<String, Object> model) {
        try {
            return Optional.of(ctx.templates().render(name, model));
        } catch (Templates.Failure f) {
            ctx.problems().add(f.problem());
            return Optional.empty();
        }
    }

    /** The data model of a page render. {@code relative}: links relative to the page (false: from the site root). */
    static Map<String, Object> model(PageView page, RenderContext ctx, boolean relative) {
        Language lang = ctx.model().language(page.getLang()).orElse(ctx.model().defaultLanguage());
        return base(lang, page, relative ? page.getUrl() : null, ctx);
    }

    /** @param from the URL links are made relative to, or null for links from the site root (404 pages) */
    private static Map<String, Object> base(Language lang, PageView page, String from, RenderContext ctx) {
        SiteConfig config = ctx.model().config();
        Translator tr = ctx.translator(lang.code());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("site", ctx.site());
        if (page != null) m.put("page", page);
        m.put("lang", language(lang));
        m.put("languages", ctx.languages());
        m.put("data", ctx.model().data());
        m.put("home", ctx.model().page(lang.code(), "_index.md").map(h -> new PageView(h, ctx)).orElse(null));
        m.put("languageNames", ctx.languageNames());
        m.put("pageAt", (TemplateMethodModelEx) args -> ctx.model().page(lang.code(), String.valueOf(arg(args, 0)))
                .map(p -> new PageView(p, ctx)).orElse(null));
        m.put("url", (TemplateMethodModelEx) args -> Urls.link(from, target(arg(args, 0)), config.basePath()));
        m.put("absUrl", (TemplateMethodModelEx) args -> config.baseUrl() + stripSlash(target(arg(args, 0))));
        m.put("asset", (TemplateMethodModelEx) args -> {
            String name = String.valueOf(arg(args, 0));
            String out = ctx.assets().get(name);
            if (out == null) throw new TemplateModelException("no theme file static/" + name);
            return Urls.link(from, out, config.basePath());
        });
        m.put("t", (TemplateMethodModelEx) args -> {
            Object[] rest = args.stream().skip(1).map(PageRenderer::unwrap).toArray();
            String key = String.valueOf(arg(args, 0));
            ctx.readString(key);
            return tr.t(ctx.problems(), key, rest);
        });
        // md(text[, page]), mdInline(text[, page]): the text of the page's front matter (default: the page rendered);
        // marked with lang when that page's text is in another language than this render's (a fallback)
        m.put("md", (TemplateMethodModelEx) args -> markdown(args.size() > 1 ? arg(args, 1) : page, arg(args, 0), false, lang));
        m.put("mdInline", (TemplateMethodModelEx) args -> markdown(args.size() > 1 ? arg(args, 1) : page, arg(args, 0), true, lang));
        // Language of parts (WCAG 3.1.2): langAttr(pageOrCode) is ' lang="en"' for a page whose text (contentLang) is
        // in another language than this render's, else nothing; inLang(pageOrCode, text) is the text, in a
        // <span lang> when so. A language code (site.defaultLanguage: the language of the data files) works too.
        m.put("langAttr", (TemplateMethodModelEx) args -> {
            String code = languageOf(arg(args, 0));
            return HTMLOutputFormat.INSTANCE.fromMarkup(code.isEmpty() || code.equals(lang.code()) ? ""
                    : PageView.langAttribute(code));
        });
        m.put("inLang", (TemplateMethodModelEx) args -> {
            String code = languageOf(arg(args, 0));
            String html = markup(args.size() > 1 ? args.get(1) : null);
            return HTMLOutputFormat.INSTANCE.fromMarkup(code.isEmpty() || code.equals(lang.code())
                    ? html : PageView.inLanguage(html, code));
        });
        m.put("number", (TemplateMethodModelEx) args -> {
            Object n = arg(args, 0);
            return n instanceof Number x ? NumberFormat.getInstance(lang.javaLocale()).format(x) : String.valueOf(n);
        });
        m.put("list", (TemplateMethodModelEx) args -> {
            // items may be markup (list(xs?map(x -> inLang(site.defaultLanguage, x)))): then so is the list
            if (args.isEmpty()) arg(args, 0);
            List<Object> raw = new ArrayList<>();
            if (args.get(0) instanceof freemarker.template.TemplateSequenceModel seq) {
                for (int i = 0; i < seq.size(); i++) raw.add(seq.get(i));
            } else {
                Object v = unwrap(args.get(0));
                if (v instanceof List<?> l) raw.addAll(l);
                else raw.add(v);
            }
            boolean html = raw.stream().anyMatch(x -> x instanceof TemplateMarkupOutputModel);
            List<String> items = new ArrayList<>();
            for (Object x : raw) items.add(html ? markup(x) : String.valueOf(unwrap(x)));
            String and = html ? HTMLOutputFormat.INSTANCE.escapePlainText(tr.t("list_and")) : tr.t("list_and");
            String joined = items.size() < 2 ? String.join("", items)
                    : String.join(", ", items.subList(0, items.size() - 1)) + " " + and + " " + items.get(items.size() - 1);
            return html ? HTMLOutputFormat.INSTANCE.fromMarkup(joined) : joined;
        });
        m.put("country", (TemplateMethodModelEx) args -> countryName(String.valueOf(arg(args, 0)), lang));
        // localName(name): a city's or person's name as this language writes it (front matter lists name them as
        // the default language's data does: cities: [Milan] → "Milano" in Italian)
        m.put("localName", (TemplateMethodModelEx) args -> ctx.localName(String.valueOf(arg(args, 0)), lang.code()));
        m.put("slug", (TemplateMethodModelEx) args -> Slugs.slug(String.valueOf(arg(args, 0))));
        m.put("linkNames", (TemplateMethodModelEx) args -> {
            if (args.isEmpty()) arg(args, 0);
            return HTMLOutputFormat.INSTANCE.fromMarkup(ctx.linkNames(markup(args.get(0)), lang.code()));
        });
        m.put("date", (TemplateMethodModelEx) args -> {
            String v = String.valueOf(arg(args, 0));
            try {
                return LocalDate.parse(v).format(DateTimeFormatter.ofPattern(lang.dateFormat(), lang.javaLocale()));
            } catch (RuntimeException e) {
                return v;
            }
        });
        return m;
    }

    /** Markdown of {@code page}'s front matter, marked with its language when it is not the render's. */
    private static Object markdown(Object page, Object text, boolean inline, Language lang) throws TemplateModelException {
        if (text == null) return "";
        if (!(page instanceof PageView view)) throw new TemplateModelException("md() needs a page");
        String html = HTMLOutputFormat.INSTANCE.getMarkupString(view.markdown(String.valueOf(text), inline));
        if (view.getContentLang().equals(lang.code())) return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        return HTMLOutputFormat.INSTANCE.fromMarkup(inline ? PageView.inLanguage(html, view.getContentLang())
                : PageView.markBlocks(html, view.getContentLang()));
    }

    /** The language of a page's text, or a language code as given ("" for nothing); anything else is an error. */
    private static String languageOf(Object o) throws TemplateModelException {
        Object code = o instanceof PageView p ? p.getContentLang()
                : o instanceof Map<?, ?> m && m.get("code") != null ? m.get("code") // lang, languages
                : o == null ? "" : o;
        if (code instanceof String s && (s.isEmpty() || LANGUAGE_TAG.matcher(s).matches())) return s;
        throw new TemplateModelException("langAttr() and inLang() take a page or a language code (en, pt-br), not "
                + (code instanceof String s ? "\"" + s + "\"" : code));
    }

    /** A template value as HTML: markup as it is, anything else escaped. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static String markup(Object v) throws TemplateModelException {
        if (v instanceof TemplateMarkupOutputModel<?> mo) return ((TemplateMarkupOutputModel) mo).getOutputFormat().getMarkupString(mo);
        Object o = unwrap(v);
        return o == null ? "" : HTMLOutputFormat.INSTANCE.escapePlainText(String.valueOf(o));
    }

    /** English country name (lower case) → its locale, to name the country in any language. Built once. */
    private static final Map<String, java.util.Locale> COUNTRIES = countries();

    private static Map<String, java.util.Locale> countries() {
        Map<String, java.util.Locale> m = new HashMap<>();
        for (String iso : java.util.Locale.getISOCountries()) {
            java.util.Locale c = new java.util.Locale("", iso);
            String name = c.getDisplayCountry(java.util.Locale.ENGLISH).toLowerCase(java.util.Locale.ROOT);
            m.put(name, c);
            m.put(name.replace(" & ", " and "), c); // the JDK writes "Bosnia & Herzegovina", the data "… and …"
        }
        return Map.copyOf(m);
    }

    /** A country's name in the reader's language, from its English name ("Italy" → "Italia"); unknown names as given. */
    static String countryName(String english, Language lang) {
        java.util.Locale c = COUNTRIES.get(english.toLowerCase(java.util.Locale.ROOT));
        if (c == null) return english;
        String shown = c.getDisplayCountry(lang.javaLocale());
        return shown.equals(c.getDisplayCountry(java.util.Locale.ENGLISH)) ? english : shown; // the data's own spelling
    }

    /** A language as templates see it ({@code lang}, each of {@code languages}). */
    static Map<String, Object> language(Language l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", l.code());
        m.put("name", l.name());
        m.put("locale", l.locale());
        m.put("dir", l.dir());
        return Collections.unmodifiableMap(m);
    }

    /** The site's settings as templates see them ({@code site}); the same for every render of a build. */
    static Map<String, Object> site(SiteConfig c, Templates templates) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", c.title());
        m.put("description", c.description());
        m.put("baseUrl", c.baseUrl());
        m.put("params", c.params());
        m.put("defaultLanguage", c.defaultLanguage());
        m.put("printEdition", c.printEdition() && templates.exists("print.ftl"));
        return Collections.unmodifiableMap(m);
    }

    /** A page view, or a site path ("/en/search/"), as a site-relative path without the leading '/'. */
    private static String target(Object o) throws TemplateModelException {
        if (o instanceof PageView p) return p.getUrl();
        if (o instanceof String s) return s;
        throw new TemplateModelException("url() takes a page or a path, not " + o);
    }

    private static String stripSlash(String s) {
        return s.startsWith("/") ? s.substring(1) : s;
    }

    private static Object arg(List<?> args, int i) throws TemplateModelException {
        if (args.size() <= i) throw new TemplateModelException("missing argument " + (i + 1));
        return unwrap(args.get(i));
    }

    private static Object unwrap(Object o) {
        try {
            return o instanceof freemarker.template.TemplateModel tm ? DeepUnwrap.unwrap(tm) : o;
        } catch (TemplateModelException e) {
            return o;
        }
    }
}
