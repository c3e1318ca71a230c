package org.dossier.links;

import org.dossier.output.HostFiles;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostProcessorTest {

    private static final String PAGE = "<!doctype html><html><head><meta charset=\"utf-8\"><title>x</title></head><body>"
            + "<a id=a href=\"../editorial/\">e</a><a id=b href=\"/en/tracks/#t\">t</a><a id=c href=\"./\">here</a>"
            + "<a id=d href=\"https://example.org/\">out</a><a id=e href=\"#top\">top</a>"
            + "<a id=f href=\"../../css/site.1234abcd.css\">css</a>"
            + "<form id=s action=\"../search/\"></form><h2 id=top>Top</h2></body></html>";

    @Test
    void linksArePrettyByDefault() {
        var doc = PostProcessor.process(PAGE, "en/x/", "/").document();
        assertEquals("../editorial/", doc.getElementById("a").attr("href"));
        assertEquals("../tracks/#t", doc.getElementById("b").attr("href"));
        assertEquals("../search/", doc.getElementById("s").attr("action"));
    }

    @Test
    void localLinksLeadToIndexHtml() {
        var doc = PostProcessor.process(PAGE, "en/x/", "/", true).document();
        assertEquals("../editorial/index.html", doc.getElementById("a").attr("href"));
        assertEquals("../tracks/index.html#t", doc.getElementById("b").attr("href"));
        assertEquals("./index.html", doc.getElementById("c").attr("href"));
        assertEquals("https://example.org/", doc.getElementById("d").attr("href"));
        assertEquals("#top", doc.getElementById("e").attr("href"));
        assertEquals("../../css/site.1234abcd.css", doc.getElementById("f").attr("href"));
        assertEquals("../search/index.html", doc.getElementById("s").attr("action"));
    }

    @Test
    void aPageServedAtAnyAddressKeepsItsLinksFromTheBasePath() {
        String html = "<html><head></head><body><a id=a href=\"/brief/it/\">home</a></body></html>";
        assertEquals("/brief/it/", PostProcessor.process(html, null, "/brief/").document().getElementById("a").attr("href"));
        assertEquals("/brief/it/index.html",
                PostProcessor.process(html, null, "/brief/", true).document().getElementById("a").attr("href"));
    }

    @Test
    void everyPageCarriesTheContentSecurityPolicyRightAfterItsCharset() {
        String html = PostProcessor.process(PAGE, "en/x/", "/").html();
        String meta = "<meta http-equiv=\"Content-Security-Policy\" content=\"" + HostFiles.CSP_META + "\">";
        assertTrue(html.contains("<meta charset=\"utf-8\">" + meta), html);
        String own = "<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\"></head></html>";
        assertFalse(PostProcessor.process(own, "en/", "/").html().contains(HostFiles.CSP_META), "a theme's own policy wins");
    }
}
