package org.dossier.search;

import org.dossier.content.Page;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractorTest {

    static Page page(String lang, String contentLang, boolean fallback) {
        return new Page(lang, contentLang, "tracks/finance.md", "content/en/tracks/finance.md", Page.Kind.PAGE,
                lang + "/tracks/finance/", "Innovative Finance", "d", 0, false, "", List.of(), Map.of(), Map.of(),
                "", 1, "_index.md", fallback, null, Map.of());
    }

    static final String HTML = """
            <html><body><header><nav><a href="x">Menu text</a></nav><form><input></form></header>
            <main><nav class="breadcrumb">Home › Tracks</nav><p class="notice">Not yet translated.</p>
            <h1>Innovative Finance</h1><p>Intro <strong>text</strong>.</p>
            <h2 id="why">Why it <em>matters</em></h2><p>Cities need</p><p>money.</p>
            <figure class="quote"><blockquote><p>Green bonds are a communication tool.</p></blockquote>
            <figcaption>— <cite class="speaker">Mikael Edelstam</cite>, City of Lund</figcaption></figure>
            <section><h3 id="bonds">Bonds</h3><p>Lund issues bonds.</p></section>
            <div data-search-ignore><p>Hidden from search.</p></div><nav class="pager">Next page</nav>
            </main><footer>Footer text</footer></body></html>""";

    @Test
    void cutsMainTextAtHeadingsAndKeepsSpeakers() {
        PageText t = Extractor.extract(page("en", "en", false), List.of("Tracks Summary"), HTML).orElseThrow();
        assertEquals("Innovative Finance", t.title());
        assertEquals(List.of("Tracks Summary"), t.path());
        assertEquals(List.of(
                new PageText.Block("", 0, "", "Intro text."),
                new PageText.Block("why", 2, "Why it matters", "Cities need money. Green bonds are a communication tool."
                        + " — Mikael Edelstam, City of Lund"),
                new PageText.Block("bonds", 3, "Bonds", "Lund issues bonds.")), t.blocks());
        assertEquals(List.of("Mikael Edelstam"), t.speakers());
        String all = t.blocks().toString();
        for (String left : List.of("Menu", "Home", "translated", "Hidden", "Next page", "Footer")) {
            assertFalse(all.contains(left), left + " is not searchable text");
        }
    }

    @Test
    void aPageCanStayOutOfSearch() {
        assertTrue(Extractor.extract(page("en", "en", false), List.of(), HTML.replace("<main>", "<main data-search-ignore>"))
                .isEmpty());
    }

    @Test
    void aFallbackPageIsInItsTreeWithItsTextsLanguage() {
        PageText t = Extractor.extract(page("fr", "en", true), List.of(), HTML).orElseThrow();
        assertEquals("fr", t.lang());
        assertEquals("en", t.contentLang());
        assertTrue(t.fallback());
        IndexedPage p = IndexedPage.of(t);
        assertTrue(p.terms().containsKey("bond"), "stemmed as English, the text's language: " + p.terms().keySet());
    }
}
