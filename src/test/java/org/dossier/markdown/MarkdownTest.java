package org.dossier.markdown;

import org.dossier.problems.Problems;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownTest {

    private final Markdown md = new Markdown(Map.of());

    private String render(String text, Problems problems) {
        return md.render(text, new Markdown.Source("content/en/x.md", 5), problems);
    }

    @Test
    void slugsAreReadableAndFoldAccents() {
        assertEquals("kosice", Slugs.slug("Košice"));
        assertEquals("malmo-pecs-sonderborg", Slugs.slug("Malmö, Pécs & Sønderborg"));
        assertEquals("cities-in-action-2026", Slugs.slug("Cities in action — 2026!"));
        assertEquals("section", Slugs.slug("✓"));
    }

    @Test
    void quoteWithAttributionBecomesAFigure() {
        String html = render("> Trust needs time.\n>\n> — Ada Example, Mayor of X\n", new Problems());
        assertEquals("<figure class=\"quote\"><blockquote>\n<p>Trust needs time.</p>\n\n</blockquote>"
                + "<figcaption>— <cite class=\"speaker\">Ada Example</cite>, Mayor of X</figcaption></figure>", html.strip());
        assertEquals("<blockquote>\n<p>Just a quote.</p>\n</blockquote>", render("> Just a quote.\n", new Problems()).strip());
    }

    @Test
    void fencedBlocksNeedNoBlankLinesAndKeepLineNumbers() {
        Problems problems = new Problems();
        String html = render("::: highlight\nSome *text*.\n:::\n\nThen [lost](#).\n", problems);
        assertTrue(html.contains("<div class=\"highlight\">\n<p>Some <em>text</em>.</p>\n</div>"), html);
        assertEquals("content/en/x.md:9: warning: placeholder link \"lost\" has no address yet — add \"lost\": https://…"
                + " to content/_data/links.yaml", problems.all().get(0).format());
    }

    @Test
    void shortcodeLinesBecomeMarkers() {
        assertTrue(render("{{< sessions >}}\n", new Problems()).contains("<!--dossier-shortcode:sessions-->"));
    }

    @Test
    void strayClosingFenceIsAnError() {
        Problems problems = new Problems();
        render("text\n:::\n", problems);
        assertEquals("content/en/x.md:6:1: error: ':::' closes a block that was never opened — open it with"
                + " '::: name' (e.g. '::: highlight') or remove this line", problems.all().get(0).format());
    }

    @Test
    void inlineHtmlIsKept() {
        assertEquals("<p>CO<sub>2</sub></p>", render("CO<sub>2</sub>\n", new Problems()).strip());
    }
}
