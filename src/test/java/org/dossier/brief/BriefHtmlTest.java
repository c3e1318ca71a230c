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
 * Invariants of every page of every language: unique ids (anchors must lead to one place), one h1, and nothing
 * inline that a Content-Security-Policy without 'unsafe-inline' would block.
 */
class BriefHtmlTest {

    @Test
    void theOutputHoldsTheLanguagesAndTheSiteFilesOnly() throws java.io.IOException {
        Set<String> top = new java.util.TreeSet<>();
        try (var s = java.nio.file.Files.list(BriefSite.get().out)) {
            s.forEach(p -> top.add(p.getFileName().toString()));
        }
        assertEquals(new java.util.TreeSet<>(List.of(".dossier-output", "404.html", "css", "de", "en", "es", "fr", "index.html",
                "it", "js", "robots.txt", "sitemap.xml")), top);
    }

    @Test
    void everyPageHasUniqueIdsOneH1AndNoInlineScriptOrStyle() {
        BriefSite site = BriefSite.get();
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("en", "it", "fr", "de", "es")) {
            for (String path : site.pages(lang)) {
                Document doc = site.page(path);
                Set<String> ids = new HashSet<>();
                for (Element e : doc.select("[id]")) if (!ids.add(e.id())) problems.add(path + ": duplicate id " + e.id());
                if (doc.select("h1").size() != 1) problems.add(path + ": " + doc.select("h1").size() + " h1");
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
