package org.dossier.output;

import org.dossier.content.Page;
import org.dossier.content.SiteModel;

import java.util.List;

/** sitemap.xml with hreflang alternates for every translation, and robots.txt pointing at it. */
public final class Sitemap {

    private Sitemap() {
    }

    public static String xml(SiteModel model) {
        String base = model.config().baseUrl();
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
                .append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (Page p : model.pages()) {
            if (p.fallback()) continue; // a fallback repeats the default language's page: not a page of its own
            sb.append("  <url>\n    <loc>").append(escape(base + p.url())).append("</loc>\n");
            List<Page> all = model.translations(p).stream().filter(t -> !t.fallback()).toList();
            if (all.size() > 1) {
                for (Page t : all) {
                    sb.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(t.lang())
                            .append("\" href=\"").append(escape(base + t.url())).append("\"/>\n");
                }
                all.stream().filter(t -> t.lang().equals(model.config().defaultLanguage())).findFirst()
                        .ifPresent(d -> sb.append("    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"")
                                .append(escape(base + d.url())).append("\"/>\n"));
            }
            sb.append("  </url>\n");
        }
        return sb.append("</urlset>\n").toString();
    }

    public static String robots(SiteModel model) {
        return "User-agent: *\nAllow: /\n\nSitemap: " + model.config().baseUrl() + "sitemap.xml\n";
    }

    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
