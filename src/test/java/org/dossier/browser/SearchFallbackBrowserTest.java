package org.dossier.browser;

import org.dossier.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page not yet translated is found in its language's search, in that language's tree, and labelled with the
 * language of its text (the brief is translated throughout, so this runs on the two-language fixture: en, it, with
 * a page only in English).
 */
class SearchFallbackBrowserTest {

    static Path dir;
    static StaticServer server;
    static Browser b;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("dossier-fallback-search-");
        Path site = TestSites.multilingual(dir);
        assertTrue(TestSites.build(site, dir.resolve("out")).ok());
        server = new StaticServer(dir.resolve("out"), "/");
        b = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (b != null) b.close();
        if (server != null) server.close();
        org.dossier.output.Staging.deleteTree(dir);
    }

    @Test
    void aFallbackPageIsFoundInItsTreeLabelledWithTheLanguageOfItsText() {
        List<Results.Result> found = Results.page(b, server.url() + "it/search/?q=english");
        Results.Result extra = found.stream().filter(r -> r.title().equals("Extra")).findFirst().orElseThrow(() ->
                new AssertionError("the page only in English is found: " + found));
        assertTrue(extra.href().endsWith("/it/guida/extra/"), "the Italian tree's page: " + extra.href());
        assertEquals("English", extra.lang(), "labelled with the language of its text");
        assertTrue(found.stream().filter(r -> r != extra).allMatch(r -> r.lang().isEmpty()), "the translated ones are not: " + found);
    }
}
