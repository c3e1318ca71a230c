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
    void externalLinksAreLeftAlone() {
        assertEquals("https://example.org/", Urls.link("en/", "https://example.org/", "/"));
        assertEquals("mailto:a@b.c", Urls.link("en/", "mailto:a@b.c", "/"));
        assertEquals("#top", Urls.link("en/", "#top", "/"));
    }
}
