package org.dossier.print;

import org.dossier.config.SiteConfig;
import org.dossier.content.Page;
import org.dossier.output.Urls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes one print page from the finished pages of a language: each page's {@code main} becomes a
 * {@code section.print-page}, with
 * <ul>
 *   <li>what does not belong on paper left out: navigation (breadcrumb, pager, table of contents, related links),
 *       forms, scripts, and whatever the theme marks {@code data-print-ignore}; a notice ({@code .notice}, such as
 *       "not yet translated") is said once at the start of a part, not again on each of its pages;</li>
 *   <li>headings shifted by the page's depth, so the print page has one {@code h1} (the frame's) and no level is
 *       skipped: a top-level page's {@code h1} becomes an {@code h2}, its children's an {@code h3};</li>
 *   <li>ids prefixed with the page's anchor, so they stay unique (and so do the references to them:
 *       {@code aria-labelledby}, {@code for}, …);</li>
 *   <li>links to a page or anchor on the print page made in-page {@code #anchors}; links to a page shown inside
 *       another ({@code data-shows-page}) lead there; links to the site's other pages (cities, people, search)
 *       made absolute from {@code base_url}, so that they work on paper and from a saved PDF, and marked
 *       {@code data-site-link} (the print stylesheet prints the address of external links only).</li>
 * </ul>
 * The frame (the theme's {@code print.ftl}) marks where the parts go ({@code data-print-parts}) and where the table
 * of contents goes ({@code data-print-toc}).
 */
final class PrintAssembler {

    /** What never goes on the print page. */
    static final String LEFT_OUT = "nav, form, script, noscript, template, [data-print-ignore]";

    /** Attributes that hold id references, prefixed along with the ids. */
    private static final List<String> ID_REFS = List.of("aria-labelledby", "aria-describedby", "aria-controls",
            "aria-owns", "aria-details", "for", "headers", "list");

    /** A URL with a scheme (https:, mailto:): not the site's. */

    /** The attribute a theme puts on an element that shows another page in full (its link to it). */
    static final String SHOWS = "data-shows-page";

    /** A page on the print page: where it starts and the ids it had on its own page. */
    private record Placed(Page page, String anchor, Set<String> ids) {
    }

    /** A page shown in full inside a printed one: the host and the element's id there. */
    private record Inline(Placed host, String id) {
    }

    private final SiteConfig config;
    private final String url;
    private final Map<String, Page> byUrl = new HashMap<>();
    private final Map<String, Placed> placed = new HashMap<>();
    private final Map<String, Inline> inline = new LinkedHashMap<>();

    /**
     * @param url   the print page's URL relative to the site root ("en/print/")
     * @param pages every page of the language, to tell a link to a page not printed from a link to a file
     */
    PrintAssembler(SiteConfig config, String url, List<Page> pages) {
        this.config = config;
        this.url = url;
        pages.forEach(p -> byUrl.put(p.url(), p));
    }

    /** The URLs of the pages a finished {@code main} shows in full ({@code data-shows-page} links). */
    static Set<String> shown(Element main, String pageUrl) {
        Set<String> urls = new HashSet<>();
        for (Element e : main.select("[" + SHOWS + "]")) {
            String[] target = resolve(pageUrl, e.attr(SHOWS));
            if (target != null) urls.add(target[0]);
        }
        return urls;
    }

    /** The print page: {@code frameHtml} parsed, with the edition's parts and contents in it. */
    Document assemble(String frameHtml, List<PrintEdition.Entry> entries) {
        Document doc = Jsoup.parse(frameHtml);
        doc.outputSettings().prettyPrint(false);
        for (PrintEdition.Entry e : entries) {
            Set<String> ids = new HashSet<>();
            e.main().select("[id]").forEach(x -> ids.add(x.id()));
            Placed p = new Placed(e.page(), anchor(e.page()), ids);
            placed.put(e.page().url(), p);
            for (Element shows : e.main().select("[" + SHOWS + "][id]")) {
                String[] target = resolve(e.page().url(), shows.attr(SHOWS));
                if (target != null) inline.putIfAbsent(target[0], new Inline(p, shows.id()));
            }
        }
        Element parts = doc.selectFirst("[data-print-parts]");
        if (parts != null) {
            parts.removeAttr("data-print-parts");
            Element part = null;
            String notice = "";
            for (PrintEdition.Entry e : entries) {
                if (e.depth() == 1 || part == null) {
                    part = parts.appendElement("div").addClass("print-part");
                    notice = "";
                }
                Element section = section(e);
                // a notice (the page falls back to another language) is said once per part, not on every page
                for (Element n : section.select(".notice")) {
                    if (n.text().equals(notice)) n.remove();
                    else notice = n.text();
                }
                part.appendChild(section);
            }
        }
        Element toc = doc.selectFirst("[data-print-toc]");
        if (toc != null) {
            toc.removeAttr("data-print-toc");
            toc.appendChild(contents(entries));
        }
        Element main = doc.selectFirst("main");
        if (main != null) main.attr("data-search-ignore", ""); // every word of it is on another page already
        return doc;
    }

    /** The page's part of the print page. */
    private Element section(PrintEdition.Entry e) {
        Element main = e.main();
        Placed me = placed.get(e.page().url());
        main.select(LEFT_OUT).remove();
        Element title = main.selectFirst("h1");
        if (title != null && title.id().isEmpty() && !me.ids().contains("title")) title.id("title");
        for (Element h : main.select("h1, h2, h3, h4, h5, h6")) {
            int level = Math.min(6, h.normalName().charAt(1) - '0' + e.depth());
            h.tagName("h" + level);
        }
        for (Element x : main.select("[id]")) x.id(prefixed(me, x.id()));
        for (String attr : ID_REFS) {
            for (Element x : main.select("[" + attr + "]")) {
                List<String> refs = new ArrayList<>();
                for (String ref : x.attr(attr).trim().split("\\s+")) refs.add(prefixed(me, ref));
                x.attr(attr, String.join(" ", refs));
            }
        }
        for (Element a : main.select("a[href]")) link(me, a);
        for (Element x : main.select("img[src], source[src], video[src], audio[src], video[poster]")) {
            String attr = x.hasAttr("src") ? "src" : "poster";
            String[] target = resolve(e.page().url(), x.attr(attr));
            if (target != null) x.attr(attr, Urls.link(url, target[0] + target[1], config.basePath()));
        }
        main.select("[" + SHOWS + "]").removeAttr(SHOWS);
        // the page's own article (the one holding its title) becomes a div: the print page's section is the page's
        // section, headed by that title; nested in an article, the title would leave the section without a heading
        if (title != null && title.parent() != null) {
            Element article = title.closest("article");
            if (article != null && article.parent() == main) article.tagName("div");
        }
        Element section = new Element("section").addClass("print-page").id(me.anchor());
        if (title != null) section.attr("aria-labelledby", title.id());
        section.appendChildren(new ArrayList<Node>(main.childNodes()));
        return section;
    }

    /** The table of contents: the printed pages, nested by depth, with the pages shown inside them. */
    private Element contents(List<PrintEdition.Entry> entries) {
        Map<Placed, List<Map.Entry<String, Inline>>> byHost = new HashMap<>(); // in the order the hosts show them
        inline.entrySet().stream().filter(x -> byUrl.containsKey(x.getKey()))
                .forEach(x -> byHost.computeIfAbsent(x.getValue().host(), h -> new ArrayList<>()).add(x));
        Element root = new Element("ol");
        List<Element> lists = new ArrayList<>(List.of(root)); // lists.get(d - 1): the list of depth d
        for (PrintEdition.Entry e : entries) {
            Placed p = placed.get(e.page().url());
            while (lists.size() > e.depth()) lists.remove(lists.size() - 1);
            while (lists.size() < e.depth()) {
                Element parent = lists.get(lists.size() - 1);
                Element last = parent.children().isEmpty() ? parent.appendElement("li") : parent.children().last();
                lists.add(last.appendElement("ol"));
            }
            Element li = lists.get(e.depth() - 1).appendElement("li");
            entry(li, e.page(), "#" + p.anchor());
            List<Map.Entry<String, Inline>> shown = byHost.getOrDefault(p, List.of());
            if (!shown.isEmpty()) {
                Element ol = li.appendElement("ol");
                for (Map.Entry<String, Inline> x : shown) {
                    entry(ol.appendElement("li"), byUrl.get(x.getKey()), "#" + prefixed(p, x.getValue().id()));
                }
            }
        }
        return root;
    }

    private static void entry(Element li, Page page, String href) {
        Element a = li.appendElement("a").attr("href", href).text(page.title());
        if (!page.contentLang().equals(page.lang())) a.attr("lang", page.contentLang());
    }

    private void link(Placed from, Element a) {
        String href = a.attr("href");
        String[] target = href.startsWith("#") ? new String[]{from.page().url(), href.substring(1)}
                : resolve(from.page().url(), href);
        if (target == null) return; // external, mailto:, or not a URL: as it is
        String path = target[0];
        String fragment = target[1].startsWith("#") ? target[1].substring(1) : target[1];
        Placed p = placed.get(path);
        Inline in = inline.get(path);
        if (p != null) {
            a.attr("href", "#" + (fragment.isEmpty() || !p.ids().contains(fragment) ? p.anchor() : prefixed(p, fragment)));
        } else if (in != null) {
            a.attr("href", "#" + prefixed(in.host(), !fragment.isEmpty() && in.host().ids().contains(fragment)
                    ? fragment : in.id()));
        } else if (byUrl.containsKey(path)) {
            a.attr("href", config.baseUrl() + path + (fragment.isEmpty() ? "" : "#" + fragment));
            a.attr("data-site-link", "");
        } else {
            a.attr("href", Urls.link(url, path + (fragment.isEmpty() ? "" : "#" + fragment), config.basePath()));
        }
    }

    /**
     * A link of the page at {@code pageUrl} as a site path and a fragment ({"en/x/", "#y"}); null for external
     * links and what is not a URL. Links are relative to the page (the post-process pass made them so).
     */
    static String[] resolve(String pageUrl, String href) {
        if (href.isEmpty() || href.startsWith("//") || Urls.hasScheme(href)) return null;
        try {
            URI uri = new URI("http://site/" + pageUrl).resolve(new URI(href));
            String path = uri.getPath() == null ? "/" : uri.getPath();
            path = path.substring(1);
            if (path.endsWith("index.html")) path = path.substring(0, path.length() - "index.html".length());
            return new String[]{path, uri.getFragment() == null ? "" : "#" + uri.getFragment()};
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The anchor a page starts at: its path, readable and the same in every language ("tracks-innovative-finance"). */
    static String anchor(Page page) {
        String p = page.path().replaceFirst("(^|/)_index\\.md$", "").replaceFirst("\\.md$", "");
        return p.isEmpty() ? "home" : p.replaceAll("[^A-Za-z0-9_-]+", "-");
    }

    private static String prefixed(Placed p, String id) {
        return p.anchor() + "--" + id;
    }
}
