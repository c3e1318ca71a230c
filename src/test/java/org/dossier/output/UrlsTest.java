package org.dossier.output;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UrlsTest {

    @Test
    void linksAreRelativeToThePage() {
        assertEquals("../../editorial/", Urls.link("en/tracks/x/", "en/editorial/", "/"));
        assertEquals("./", Urls.link("en/tracks/", "en/tracks/", "/"));
        assertEquals("1-1/", Urls.link("en/tracks/x/", "/en/tracks/x/1-1/", "/"));
        assertEquals("en/", Urls.link("", "en/", "/"));
        assertEquals("../../css/site.1234abcd.css", Urls.link("en/x/", "css/site.1234abcd.css", "/brief/"));
        assertEquals("../../it/x/#intro", Urls.link("en/x/", "it/x/#intro", "/"));
    }

    @Test
    void linksFromTheBasePathWhenThePageHasNoFixedPlace() {
        assertEquals("/brief/en/", Urls.link(null, "en/", "/brief/"));
        assertEquals("/en/", Urls.link(null, "/en/", "/"));
    }

    @Test
    void fileLinksEndInIndexHtml() {
        assertEquals("../../editorial/index.html", Urls.fileLink("../../editorial/"));
        assertEquals("../x/index.html#intro", Urls.fileLink("../x/#intro"));
        assertEquals("../search/index.html?q=bonds", Urls.fileLink("../search/?q=bonds"));
        assertEquals("./index.html", Urls.fileLink("./"));
        assertEquals("../index.html", Urls.fileLink(".."));
        assertEquals("/brief/it/index.html", Urls.fileLink("/brief/it/"));
        assertEquals("en/index.html", Urls.fileLink(Urls.link("", "en/", "/")));
        // files, fragments, queries and other sites are left alone
        assertEquals("../../css/site.1234abcd.css", Urls.fileLink("../../css/site.1234abcd.css"));
        assertEquals("#top", Urls.fileLink("#top"));
        assertEquals("?q=x", Urls.fileLink("?q=x"));
        assertEquals("https://example.org/", Urls.fileLink("https://example.org/"));
        assertEquals("//example.org/", Urls.fileLink("//example.org/"));
        assertEquals("mailto:a@b.c", Urls.fileLink("mailto:a@b.c"));
    }

    @Test
    void externalLinksAreLeftAlone() {
        assertEquals("https://example.org/", Urls.link("en/", "https://example.org/", "/"));
        assertEquals("mailto:a@b.c", Urls.link("en/", "mailto:a@b.c", "/"));
        assertEquals("#top", Urls.link("en/", "#top", "/"));
    }
}
