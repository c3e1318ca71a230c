package org.dossier.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same searches on the built folder opened from disk (file://), where browsers refuse fetch(): the index loads
 * as scripts, and result links and the search form lead to index.html files.
 */
class FileSearchBrowserTest extends OnTheBuiltBrief {

    static List<Results.Result> search(String lang, String query) {
        return Results.page(b, site.file(lang + "/search/index.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
    }

    @Test
    void englishQueriesFromDisk() {
        List<Results.Result> kosice = search("en", "Kosice");
        assertTrue(b.one("#search-status").getText().matches("\\d+ results for “Kosice”"));
        assertEquals("Košice", kosice.get(0).title(), kosice.toString());
        assertTrue(kosice.get(0).marks().contains("Košice"));
        assertTrue(kosice.get(0).href().startsWith(site.file("en/cities/kosice/index.html")),
                "a folder address gets its index.html on disk: " + kosice.get(0).href());

        List<Results.Result> procur = search("en", "procur");
        assertTrue(procur.get(0).title().startsWith("Scaling Green Procurement"), procur.toString());
        List<Results.Result> phrase = search("en", "\"investable projects\"");
        assertTrue(phrase.stream().anyMatch(r -> r.href().equals(
                site.file("en/tracks/innovative-finance/index.html#what-cities-can-act-on"))), phrase.toString());
    }

    @Test
    void italianQueriesFromDisk() {
        List<Results.Result> finanziamenti = search("it", "finanziamenti");
        assertTrue(finanziamenti.get(0).title().matches("(?i).*finanzi.*"), finanziamenti.toString());
        List<Results.Result> kosice = search("it", "kosice");
        assertEquals("Košice", kosice.get(0).title(), kosice.toString());
        assertTrue(kosice.get(0).href().startsWith(site.file("it/cities/kosice/index.html")), kosice.get(0).href());
        List<Results.Result> appal = search("it", "appal");
        assertTrue(appal.get(0).title().startsWith("Diffondere insieme gli appalti verdi"), appal.toString());
    }

    @Test
    void keyboardAndTheHeaderBoxFromDisk() {
        b.open(site.file("en/editorial/index.html"));
        b.one("body").sendKeys("/");
        b.driver.switchTo().activeElement().sendKeys("Pecs");
        Results.status(b, ".search-panel .search-status", "Pecs");
        b.driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        b.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        b.waiting().until(d -> d.getCurrentUrl().contains("/en/cities/pecs/index.html"));
        assertEquals("Pécs", b.one("h1").getText());

        b.one("#search-box-q").sendKeys("Malmo", Keys.ENTER);
        b.waiting().until(d -> d.getCurrentUrl().contains("/en/search/index.html?q=Malmo"));
        Results.status(b, "#search-status", "Malmo");
        assertTrue(Results.read(b, "#search-results").get(0).marks().contains("Malmö"));
    }
}
