package org.dossier.links;

import org.dossier.markdown.Html;
import org.dossier.markdown.Slugs;
import org.dossier.output.HostFiles;
import org.dossier.output.Urls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The last pass over a rendered page: every heading gets a stable, readable, unique id, and the page's ids and
 * internal links are collected for the link check.
 */
public final class PostProcessor {

    /**
     * A finished page: its HTML, the ids it offers, the site-internal links it makes, and the parsed document, for
     * a later pass (search) to read without parsing the page again. The document is the caller's to change.
     */
    public record Result(String html, Set<String> ids, List<LinkChecker.Link> links, Document document) {
    }

    /** A URL with a scheme (https:, mailto:, data:): not the site's. */

    private PostProcessor() {
    }

    /** Selectors used on every page, parsed once. */
    private static final Evaluator CSP = QueryParser.parse("meta[http-equiv=Content-Security-Policy]");
    private static final Evaluator CHARSET = QueryParser.parse("meta[charset]");
    private static final Evaluator SECTION_HEADINGS = QueryParser.parse("main h2[id]");
    private static final Evaluator NOT_SECTIONS = QueryParser.parse("nav, .toolbox-block, .session-inline");
    private static final Evaluator LANG = QueryParser.parse("[lang]");

    /**
     * @param pageUrl  the page's URL relative to the site root ("en/x/"): links written from the site root
     *                 ("/en/guide/") are made relative to it, so the site works under any base path and from disk
     * @param basePath the base URL's path ("/" or "/brief/")
     */
    public static Result process(String html, String pageUrl, String basePath) {
        return process(html, pageUrl, basePath, false);
    }

    /**
     * @param pageUrl  the page's URL relative to the site root ("en/x/"), or null for a page served at any address
     *                 (a 404 page), whose links stay as the theme wrote them: from the base path
     * @param local    links for reading from disk without JavaScript: every link to a folder (a, area, form) gets
     *                 its index.html ({@code dossier build --local})
     */
    public static Result process(String html, String pageUrl, String basePath, boolean local) {
        return process(Jsoup.parse(html), pageUrl, basePath, local);
    }

    /** The same, for a page parsed already (it is changed, and is the result's document). */
    public static Result process(Document doc, String pageUrl, String basePath, boolean local) {
        doc.outputSettings().prettyPrint(false);
        addContentSecurityPolicy(doc);
        // one walk over the elements, in document order, instead of a selector each
        Set<String> ids = new HashSet<>();
        List<Element> headings = new ArrayList<>();
        List<Element> linking = new ArrayList<>(); // elements with links, and the tables of contents to be filled
        List<Element> forms = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            if (e.hasAttr("id")) ids.add(e.id());
            String tag = e.normalName();
            switch (tag) {
                case "h2", "h3", "h4", "h5", "h6" -> headings.add(e);
                case "a", "link" -> {
                    if (e.hasAttr("href")) linking.add(e);
                }
                case "img", "script", "source", "iframe" -> {
                    if (e.hasAttr("src")) linking.add(e);
                }
                case "nav" -> {
                    if (e.hasAttr("data-toc")) linking.add(e);
                }
                case "form" -> {
                    if (e.hasAttr("action")) forms.add(e);
                }
                default -> {
                }
            }
        }
        for (Element h : headings) {
            if (!h.id().isEmpty()) continue;
            String base = Slugs.slug(h.text());
            String id = base;
            for (int n = 2; ids.contains(id); n++) id = base + "-" + n;
            ids.add(id);
            h.id(id);
        }
        List<LinkChecker.Link> links = new ArrayList<>();
        for (Element e : linking) {
            if (e.ownerDocument() == null) continue; // in a table of contents removed for want of headings
            if (!e.normalName().equals("nav")) {
                link(e, pageUrl, basePath, local, links);
                continue;
            }
            Element toc = fillTableOfContents(doc, e);
            if (toc != null) for (Element a : toc.getElementsByTag("a")) link(a, pageUrl, basePath, local, links);
        }
        if (local) {
            for (Element f : forms) {
                if (isInternal(f.attr("action"))) f.attr("action", Urls.fileLink(f.attr("action")));
            }
        }
        return new Result(Html.outer(doc), Set.copyOf(ids), List.copyOf(links), doc);
    }

    /** An element's link, made relative to the page (and to its index.html with {@code local}), noted for the check. */
    private static void link(Element e, String pageUrl, String basePath, boolean local, List<LinkChecker.Link> links) {
        String attr = e.hasAttr("href") ? "href" : "src";
        String url = e.attr(attr);
        if (!isInternal(url)) return;
        String original = url;
        if (pageUrl != null && url.startsWith("/") && !url.startsWith("//")) {
            url = Urls.link(pageUrl, url, basePath);
            e.attr(attr, url);
        }
        if (local && (e.nameIs("a") || e.nameIs("area"))) {
            url = Urls.fileLink(url);
            e.attr(attr, url);
        }
        links.add(new LinkChecker.Link(url, original));
    }

    /**
     * The site's Content-Security-Policy ({@link HostFiles#CSP_META}) as the first thing in the head after the
     * charset, unless the theme sets one: it protects pages on hosts that ignore {@code _headers} (GitHub Pages) and
     * opened from disk, where Chromium and Firefox apply it to file: addresses as well.
     */
    static void addContentSecurityPolicy(Document doc) {
        Element head = doc.head();
        if (!head.select(CSP).isEmpty()) return;
        Element meta = new Element("meta").attr("http-equiv", "Content-Security-Policy")
                .attr("content", HostFiles.CSP_META);
        Element charset = head.selectFirst(CHARSET);
        if (charset != null) charset.after(meta);
        else head.prependChild(meta);
    }

    /**
     * A theme marks where a table of contents goes with {@code <nav data-toc>}: it gets a list of the page's
     * section headings (h2 in main, outside the nav itself), or is removed when there are fewer than three. An entry
     * keeps the language of its heading's text ({@code lang}), for a heading in another language than the page's.
     * Returns the list, or null when the nav was removed.
     */
    static Element fillTableOfContents(Document doc, Element nav) {
        List<Element> headings = new ArrayList<>();
        for (Element h : doc.select(SECTION_HEADINGS)) {
            if (h.closest(NOT_SECTIONS) == null) headings.add(h);
        }
        if (headings.size() < 3) {
            nav.remove();
            return null;
        }
        nav.removeAttr("data-toc");
        Element ol = nav.appendElement("ol");
        String navLang = language(nav);
        for (Element h : headings) {
            Element a = ol.appendElement("li").appendElement("a").attr("href", "#" + h.id());
            if (!language(h).equals(navLang)) a.attr("lang", language(h));
            if (h.children().select("[lang]").isEmpty()) {
                a.text(h.text());
            } else {
                inlineText(h, a);
                if (a.childNodeSize() > 0 && a.childNode(0) instanceof org.jsoup.nodes.TextNode t) t.text(t.text().stripLeading());
                if (a.childNode(a.childNodeSize() - 1) instanceof org.jsoup.nodes.TextNode t) t.text(t.text().stripTrailing());
            }
        }
        return ol;
    }

    /** The language of an element's text: the lang of its nearest ancestor-or-self that has one. */
    private static String language(Element e) {
        Element l = e.closest(LANG);
        return l == null ? "" : l.attr("lang");
    }

    /** The text of {@code from} into {@code to}, with the parts marked {@code lang} kept in a {@code <span lang>}. */
    private static void inlineText(Element from, Element to) {
        for (org.jsoup.nodes.Node n : from.childNodes()) {
            if (n instanceof org.jsoup.nodes.TextNode t) to.appendText(t.text());
            else if (n instanceof Element e && e.hasAttr("lang")) inlineText(e, to.appendElement("span").attr("lang", e.attr("lang")));
            else if (n instanceof Element e) inlineText(e, to);
        }
    }

    static boolean isInternal(String url) {
        return !(Urls.hasScheme(url) || url.startsWith("//"));
    }
}
