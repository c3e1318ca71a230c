package org.dossier.brief;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The brief as a web: city and people pages, quotes linked to their speakers, the map and the matrix. */
class BriefLinksTest {

    private static String resolve(String page, String href) {
        URI u = URI.create("file:///" + page).resolve(href);
        return u.getPath().substring(1) + (u.getFragment() == null ? "" : "#" + u.getFragment());
    }

    @Test
    void everyCityHasAPageThatLeadsToWhereItAppears() {
        BriefSite site = BriefSite.get();
        org.dossier.content.SiteModel model = org.dossier.pipeline.Builder.load(org.dossier.pipeline.BuildOptions.of(
                org.dossier.TestSites.project())).model();
        List<?> cities = (List<?>) model.data().get("cities");
        List<String> empty = new ArrayList<>();
        for (Object c : cities) {
            String name = String.valueOf(((Map<?, ?>) c).get("name"));
            for (String lang : List.of("en", "it")) {
                String path = lang + "/cities/" + org.dossier.markdown.Slugs.slug(name) + "/index.html";
                Document doc = site.page(path);
                assertEquals(model.page(lang, "cities/" + org.dossier.markdown.Slugs.slug(name) + ".md").orElseThrow().title(),
                        doc.selectFirst("h1").text(), "the city's name in " + lang);
                int found = doc.select(".mentions li").size() + doc.select("#took-part + ul li").size();
                if (found == 0) empty.add(path);
                for (Element a : doc.select(".mentions a")) {
                    String target = resolve(path, a.attr("href"));
                    if (!target.contains("#")) continue; // named in the page's front matter: the link is to the page
                    String id = target.substring(target.indexOf('#') + 1);
                    String file = target.substring(0, target.indexOf('#'));
                    Document there = site.page(file.endsWith("/") ? file + "index.html" : file);
                    Element block = there.getElementById(id);
                    assertTrue(block != null && block.text().contains(a.selectFirst("mark").text()), path + " → " + target);
                }
            }
        }
        assertEquals(List.of(), empty, "cities with no mention and no session");
        assertTrue(site.page("en/cities/torino/index.html").select(".mentions li").size() >= 15);
        assertTrue(site.page("en/cities/kosice/index.html").select("#took-part + ul li").size() >= 2,
                "Košice took part in 3.4 and 3.6");
    }

    @Test
    void everyQuoteLinksToItsSpeaker() {
        BriefSite site = BriefSite.get();
        for (String lang : List.of("en", "it", "fr")) {
            for (String path : site.pages(lang)) {
                if (path.startsWith(lang + "/speakers/")) continue; // a person's own page quotes them
                for (Element cite : site.page(path).select("main figure.quote figcaption cite")) {
                    Element a = cite.selectFirst("a");
                    assertTrue(a != null, path + ": quote by " + cite.text() + " has no link");
                    assertTrue(resolve(path, a.attr("href")).startsWith(lang + "/speakers/"), path + ": " + a);
                }
            }
        }
        Document person = site.page("en/speakers/stefano-lo-russo/index.html");
        assertEquals(1, person.select("figure.quote").size());
        assertEquals("All Hands on Deck: Cities Regions and Governments Delivering Together",
                person.selectFirst("#spoke-at + ul a").text());
    }

    @Test
    void theMapShowsEveryCityAsALink() {
        BriefSite site = BriefSite.get();
        Document doc = site.page("en/cities/index.html");
        Element svg = doc.selectFirst("svg.map");
        assertTrue(svg != null && svg.selectFirst("path.land") != null);
        assertEquals(doc.select(".az-list li").size(), svg.select("a circle").size());
        for (Element a : svg.select("a")) {
            assertTrue(resolve("en/cities/index.html", a.attr("href")).startsWith("en/cities/"), a.toString());
            assertFalse(a.attr("aria-label").isBlank());
        }
    }

    @Test
    void theMatrixShowsWhichDivesConnectToWhichTrack() {
        Document doc = BriefSite.get().page("en/city-dives/index.html");
        List<Element> rows = doc.select("table.matrix tbody tr");
        assertEquals(14, rows.size());
        assertEquals(4, rows.get(5).select("td.yes").size(), "CD6 connects to Tracks 1, 2, 3, 4");
        assertEquals(1, rows.get(7).select("td.yes").size(), "CD8 connects to Track 2");
    }

    @Test
    void longPagesHaveATableOfContents() {
        Document track = BriefSite.get().page("en/tracks/innovative-finance/index.html");
        List<String> entries = track.select("nav.toc li a").eachText();
        assertTrue(entries.containsAll(List.of("Why this matters now", "Recommendation", "Cities in action",
                "Key insights", "Toolbox")), entries.toString());
    }
}
