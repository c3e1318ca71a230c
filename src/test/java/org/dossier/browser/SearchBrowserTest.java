package org.dossier.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search in a real browser, on the built brief served over HTTP under a sub-path (/published/brief/), in every
 * language: the right pages first, accent-less and prefix queries, stemming, phrases, keyboard use, the count
 * announced, all languages, and a page without JavaScript. (A fallback page's label: {@code SearchFallbackBrowserTest}.)
 */
class SearchBrowserTest extends OnTheBuiltBrief {

    static List<Results.Result> search(String lang, String query) {
        return Results.page(b, site.http(lang + "/search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
    }

    static String status() {
        return b.one("#search-status").getText();
    }

    @Test
    void headerBoxShowsResultsAsYouTypeAndLoadsSearchOnlyWhenUsed() {
        b.open(site.http("en/tracks/"));
        List<String> before = b.loadedScripts();
        assertTrue(before.stream().anyMatch(s -> s.startsWith("search-boot.")), before.toString());
        assertFalse(before.stream().anyMatch(s -> s.matches("search\\.[0-9a-f]{8}\\.js|meta\\.js|\\d+\\.js")),
                "nothing of search is loaded before it is used: " + before);

        WebElement box = b.one("#search-box-q");
        box.sendKeys("procur");
        String status = Results.status(b, ".search-panel .search-status", "procur");
        List<Results.Result> results = Results.read(b, ".search-panel .search-results");
        assertTrue(status.matches("\\d+ results for “procur”"), status);
        assertTrue(results.get(0).title().startsWith("Scaling Green Procurement Together"), results.toString());
        assertTrue(results.get(0).marks().contains("Procurement"), "the typed prefix is highlighted: " + results.get(0));
        assertEquals("Tracks Summary › Strategic Engagement", results.get(0).path());
        assertTrue(results.get(0).href().startsWith(site.http("en/tracks/strategic-engagement/3-4/")),
                "links work under the sub-path: " + results.get(0).href());

        List<String> after = b.loadedScripts();
        assertTrue(after.stream().anyMatch(s -> s.matches("search\\.[0-9a-f]{8}\\.js")), after.toString());
        long shards = after.stream().filter(s -> s.matches("\\d+\\.js")).count();
        assertTrue(shards >= 1 && shards < 1 + results.size() + 2, "a query loads its shard and the results' fragments only: " + after);
    }

    @Test
    void accentLessQueriesFindAccentedNames() {
        for (String[] q : new String[][]{{"Kosice", "Košice", "kosice"}, {"Malmo", "Malmö", "malmo"}, {"pecs", "Pécs", "pecs"}}) {
            List<Results.Result> results = search("en", q[0]);
            assertEquals(q[1], results.get(0).title(), "the city's own page first: " + results);
            assertTrue(results.get(0).href().contains("/en/cities/" + q[2] + "/"), results.get(0).href());
            assertTrue(results.stream().allMatch(r -> r.marks().contains(q[1])), "every result shows the name: " + results);
        }
        List<Results.Result> kosice = search("en", "Kosice");
        assertTrue(kosice.stream().limit(4).anyMatch(r -> r.title().startsWith("Scaling Green Procurement")), kosice.toString());
    }

    @Test
    void titleHitsComeFirstAndStemmingFindsOtherForms() {
        List<Results.Result> philanthropy = search("en", "philanthropy");
        assertTrue(philanthropy.get(0).title().startsWith("Unlocking philanthropy"), philanthropy.toString());

        List<Results.Result> bond = search("en", "bond");
        List<Results.Result> bonds = search("en", "bonds");
        assertEquals(titles(bonds), titles(bond), "bond and bonds find the same pages");
        assertTrue(bond.stream().anyMatch(r -> r.marks().contains("bonds")), bond.toString());

        List<Results.Result> financing = search("en", "financed");
        assertTrue(financing.stream().flatMap(r -> r.marks().stream()).map(String::toLowerCase)
                .collect(Collectors.toSet()).containsAll(Set.of("finance", "financing")), financing.toString());
    }

    @Test
    void severalWordsNarrowAndQuotedPhrasesMatchExactly() {
        search("en", "green");
        int green = count(status());
        List<Results.Result> greenBonds = search("en", "green bonds");
        int both = count(status());
        assertTrue(both > 0 && both < green, green + " → " + both);
        for (Results.Result r : greenBonds) {
            Set<String> marks = r.marks().stream().map(String::toLowerCase).collect(Collectors.toSet());
            assertTrue(marks.stream().anyMatch(m -> m.contains("bond")), r.toString());
        }

        List<Results.Result> phrase = search("en", "\"investable projects\"");
        assertEquals((phrase.size() == 1 ? "1 result" : phrase.size() + " results") + " for “\"investable projects\"”", status());
        assertTrue(phrase.stream().allMatch(r -> r.marks().contains("investable projects")), phrase.toString());
        assertTrue(phrase.stream().anyMatch(r -> r.title().equals("Innovative Finance")
                && r.href().endsWith("#what-cities-can-act-on")), "opens at the section: " + phrase);

        search("en", "\"projects investable\"");
        assertEquals("No results for “\"projects investable\"”", status());
    }

    @Test
    void italianFindsItalianWordsWithItalianLabels() {
        List<Results.Result> finanziamenti = search("it", "finanziamenti");
        assertTrue(status().matches("\\d+ risultati per «finanziamenti»"), status());
        assertTrue(finanziamenti.get(0).title().matches("(?i).*finanzi.*"), finanziamenti.toString());
        assertTrue(finanziamenti.stream().flatMap(r -> r.marks().stream()).anyMatch(m -> m.equalsIgnoreCase("finanziamento")),
                "finanziamenti finds finanziamento: " + finanziamenti);

        List<Results.Result> appalti = search("it", "appal");
        assertTrue(appalti.get(0).title().startsWith("Diffondere insieme gli appalti verdi"), appalti.toString());
        assertTrue(appalti.get(0).href().contains("/it/"), appalti.get(0).href());

        List<Results.Result> kosice = search("it", "kosice");
        assertEquals("Košice", kosice.get(0).title(), kosice.toString());
        assertTrue(kosice.get(0).path().startsWith("Città"), kosice.get(0).path());
        assertTrue(kosice.stream().limit(4).anyMatch(r -> r.title().startsWith("Diffondere insieme gli appalti verdi")),
                kosice.toString());

        List<Results.Result> citta = search("it", "citta");
        assertTrue(citta.stream().flatMap(r -> r.marks().stream()).anyMatch(m -> m.equalsIgnoreCase("città")), citta.toString());
        assertEquals("Cerca nel sito", b.one("label[for=search-page-q]").getText());
    }

    /**
     * French, German and Spanish find pages by words of their own language: another form of the word (stemmed), the
     * word typed without its accents, a city by its name in that language; the count worded in the language.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "fr | financements | (?i)financement.* | \\d+ résultats pour « financements »",
            "fr | energie      | (?i)énergie.*     | \\d+ résultats pour « energie »",
            "de | Finanzierungen | (?i)finanzierung.* | \\d+ Ergebnisse für „Finanzierungen“",
            "de | munchen      | (?i)münchen        | \\d+ Ergebnisse für „munchen“",
            "es | ciudades     | (?i)ciudad(es)?    | \\d+ resultados para «ciudades»",
            "es | mision       | (?i)misión         | \\d+ resultados para «mision»"})
    void eachLanguageFindsItsOwnWords(String lang, String query, String marked, String counted) {
        List<Results.Result> found = search(lang, query);
        assertTrue(status().matches(counted), status());
        assertTrue(found.size() > 1, found.toString());
        assertTrue(found.stream().allMatch(r -> r.href().contains("/" + lang + "/")), "pages of the " + lang + " edition: " + found);
        assertTrue(found.stream().flatMap(r -> r.marks().stream()).anyMatch(m -> m.matches(marked)),
                query + " finds " + marked + ": " + found);
    }

    @Test
    void citiesAreFoundByTheirNameInEachLanguage() {
        assertEquals("Mailand", search("de", "mailand").get(0).title());
        assertEquals("La Haya", search("es", "la haya").get(0).title());
        assertEquals("Milano", search("it", "milan").get(0).title(), "the English name is another spelling");
    }

    @Test
    void quotesAreFoundByTheirSpeaker() {
        List<Results.Result> speaker = search("en", "Edelstam");
        assertEquals("Mikael Edelstam", speaker.get(0).title(), speaker.toString());
        assertTrue(speaker.stream().anyMatch(r -> r.title().equals("Innovative Finance")
                && r.href().endsWith("#what-cities-can-act-on") && r.marks().contains("Edelstam")),
                "the quote, found by its speaker, at its section: " + speaker);
    }

    @Test
    void keyboardSlashArrowsAndEnter() {
        b.open(site.http("en/editorial/"));
        b.one("body").sendKeys("/");
        assertEquals("search-box-q", b.driver.switchTo().activeElement().getAttribute("id"), "/ focuses the search box");
        b.driver.switchTo().activeElement().sendKeys("procur");
        Results.status(b, ".search-panel .search-status", "procur");
        List<WebElement> links = b.all(".search-panel .search-results a");
        assertTrue(links.size() >= 3);

        b.driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        assertEquals(links.get(0), b.driver.switchTo().activeElement());
        b.driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        assertEquals(links.get(1), b.driver.switchTo().activeElement());
        b.driver.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
        assertEquals(links.get(0), b.driver.switchTo().activeElement());
        b.driver.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
        assertEquals("search-box-q", b.driver.switchTo().activeElement().getAttribute("id"));
        b.driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        b.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        b.waiting().until(d -> d.getCurrentUrl().contains("/en/tracks/strategic-engagement/3-4/"));
        assertTrue(b.one("h1").getText().startsWith("Scaling Green Procurement"));

        b.open(site.http("en/editorial/"));
        b.one("#search-box-q").sendKeys("kosice", Keys.ENTER);
        b.waiting().until(d -> d.getCurrentUrl().contains("/en/search/?q=kosice"));
        Results.status(b, "#search-status", "kosice");
        assertTrue(Results.read(b, "#search-results").size() >= 2, "Enter in the box opens the search page");
    }

    @Test
    void theCountIsAnnouncedAndTheSearchPageCanBeLinkedTo() {
        search("en", "procur");
        WebElement status = b.one("#search-status");
        assertEquals("status", status.getAttribute("role"), "a live region: screen readers announce the count");
        assertTrue(status.getText().matches("\\d+ results for “procur”"), status.getText());
        WebElement input = b.one("#search-page-q");
        assertEquals("procur", input.getAttribute("value"));
        input.sendKeys("ement");
        b.waiting().until(d -> d.getCurrentUrl().endsWith("?q=procurement"));
        Results.status(b, "#search-status", "procurement");

        search("en", "green");
        assertEquals(10, b.all("#search-results > li").size(), "ten at a time");
        assertTrue(count(status()) > 10);
        b.one("#search-more").click();
        b.waiting().until(d -> b.all("#search-results > li").size() > 10);
        assertEquals("search-r10", b.driver.switchTo().activeElement().getAttribute("id"), "focus on the first new one");
    }

    @Test
    void readersCanWidenToAllLanguages() {
        List<Results.Result> it = search("it", "Kosice");
        assertTrue(it.stream().allMatch(r -> r.lang().isEmpty()), "one language: no labels " + it);
        b.one("input[name=all]").click();
        b.waiting().until(d -> d.getCurrentUrl().contains("all=1"));
        b.waiting().until(d -> b.all("#search-results .search-result-lang").size() > 0);
        List<Results.Result> all = Results.read(b, "#search-results");
        assertTrue(all.stream().map(Results.Result::lang).collect(Collectors.toSet())
                        .containsAll(Set.of("Italiano", "English", "Français", "Deutsch", "Español")),
                "results of every language, each labelled: " + all);
        assertTrue(all.size() > it.size(), all.toString());
        assertTrue(all.stream().filter(r -> r.lang().equals("English")).allMatch(r -> r.href().contains("/en/")));
        assertTrue(all.stream().filter(r -> r.lang().equals("Español")).allMatch(r -> r.href().contains("/es/")));
    }

    @Test
    void withoutJavaScriptTheSearchPageSaysSo() {
        b.javascript(false);
        try {
            b.open(site.http("en/search/?q=procurement"));
            assertTrue(b.one("main").getText().contains("Search needs JavaScript"), b.one("main").getText());
            b.open(site.http("it/search/"));
            assertTrue(b.one("main").getText().contains("La ricerca richiede JavaScript"));
        } finally {
            b.javascript(true);
        }
    }

    static int count(String status) {
        return status.startsWith("No") ? 0 : Integer.parseInt(status.replaceAll("^(\\d+).*", "$1"));
    }

    static List<String> titles(List<Results.Result> rs) {
        return rs.stream().map(Results.Result::title).toList();
    }
}
