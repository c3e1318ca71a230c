package org.dossier.brief;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Invariants of every page of every language: unique ids (anchors must lead to one place), one h1, headings that
 * never skip a level, and nothing
 * inline that a Content-Security-Policy without 'unsafe-inline' would block.
 */
class BriefHtmlTest {

    @Test
    void theOutputHoldsTheLanguagesAndTheSiteFilesOnly() throws java.io.IOException {
        Set<String> top = new java.util.TreeSet<>();
        try (var s = java.nio.file.Files.list(BriefSite.get().out)) {
            s.forEach(p -> top.add(p.getFileName().toString()));
        }
        assertEquals(new java.util.TreeSet<>(List.of(".dossier-output", "404.html", "_headers", "_redirects", "css", "de", "en", "es", "favicon.svg", "fr", "index.html",
                "it", "js", "robots.txt", "sitemap.xml")), top);
    }

    @Test
    void everyPageHasUniqueIdsOneH1AndNoInlineScriptOrStyle() {
        BriefSite site = BriefSite.get();
        List<String> problems = new ArrayList<>();
        for (String lang : BriefSite.LANGUAGES) {
            for (String path : site.pages(lang)) {
                Document doc = site.page(path);
                Set<String> ids = new HashSet<>();
                for (Element e : doc.select("[id]")) if (!ids.add(e.id())) problems.add(path + ": duplicate id " + e.id());
                if (doc.select("h1").size() != 1) problems.add(path + ": " + doc.select("h1").size() + " h1");
                int level = 0; // headings in order: each at most one level below the one before it
                for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
                    int l = h.tagName().charAt(1) - '0';
                    if (l > level + 1) problems.add(path + ": <" + h.tagName() + "> \"" + h.text() + "\" skips a level");
                    level = l;
                }
                for (Element s : doc.select("script:not([src])")) {
                    if (!s.attr("type").equals("application/ld+json")) problems.add(path + ": inline script");
                }
                if (!doc.select("[style], style").isEmpty()) problems.add(path + ": inline style");
                if (!doc.select("[onclick], [onload], [onsubmit], [onchange], [oninput]").isEmpty()) {
                    problems.add(path + ": inline event handler");
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
