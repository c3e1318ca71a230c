package org.dossier.markdown;

import org.dossier.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Html} writes exactly what jsoup writes: every page of the brief as built, and thousands of seeded documents. */
class HtmlTest {

    @TempDir
    Path tmp;

    private static Document parse(String html) {
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(false);
        return doc;
    }

    @Test
    void everyPageOfTheBriefIsWrittenAsJsoupWritesIt() throws Exception {
        Path site = tmp.resolve("brief");
        for (String dir : List.of("content", "themes", "i18n")) TestSites.copyTree(TestSites.project().resolve(dir), site.resolve(dir));
        assertTrue(TestSites.build(site, site.resolve("out")).ok());
        int pages = 0;
        try (Stream<Path> s = Files.walk(site.resolve("out"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document doc = parse(Files.readString(p));
                assertEquals(doc.outerHtml(), Html.outer(doc), p.toString());
                assertEquals(doc.body().html(), Html.inner(doc.body()), p.toString());
                pages++;
            }
        }
        assertTrue(pages > 900, "pages: " + pages);
    }

    /** Pieces of markup: escapes, control characters, boolean and odd attributes, void and unknown tags, raw text. */
    private static final List<String> PIECES = List.of("<p>", "</p>", "<div class=\"a b\">", "</div>", "text", " ", "\n",
            "&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;", "\u00a0", "&copy;", "©", "<", ">", "\"", "'", "&", "\t", "\r",
            "\u0001", "\u001f", "\u007f", "\u0085", "😀", "\ud800", "<br>", "<br/>", "<hr />", "<img src=\"a.png\" alt=\"\">",
            "<input type=checkbox checked>", "<input checked=\"\">", "<input checked=\"checked\">", "<input checked=\"x\">",
            "<option selected=selected>o</option>", "<a href=\"/x?a=1&b=2\" title='q\"uote'>a</a>", "<a href=x<y>l</a>",
            "<span data-x=\"&lt;&gt;&amp;&quot;\">s</span>", "<foo/>", "<foo-bar />", "<x-y>", "</x-y>", "<!-- c -->",
            "<!---->", "<script>if (a < b && c) {}</script>", "<style>a > b { }</style>", "<textarea>&lt;t&gt;</textarea>",
            "<title>T &amp; t</title>", "<pre>\n\npre</pre>", "<table><tr><td>c</td></tr></table>", "<svg><path d=\"M0\"/></svg>",
            "<math><mi>x</mi></math>", "<p a=1 a=2>", "<p =x>", "<p \"q\"=1>", "<P CLASS=Up>", "<template><p>t</p></template>",
            "<noscript>n</noscript>", "<iframe srcdoc=\"<p>x</p>\"></iframe>", "<![CDATA[x]]>", "<?php x ?>", "<!doctype html>",
            "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\">");

    @Test
    void seededDocumentsAreWrittenAsJsoupWritesThem() {
        Random random = new Random(20261207);
        for (int c = 0; c < 5000; c++) {
            StringBuilder html = new StringBuilder();
            for (int i = random.nextInt(40); i >= 0; i--) html.append(PIECES.get(random.nextInt(PIECES.size())));
            Document doc = parse(html.toString());
            assertEquals(doc.outerHtml(), Html.outer(doc), "case " + c + ": " + html);
            Element body = doc.body();
            assertEquals(body.html(), Html.inner(body), "case " + c + ": " + html);
        }
    }
}
