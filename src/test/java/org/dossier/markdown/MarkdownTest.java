package org.dossier.markdown;

import org.dossier.problems.Problems;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.config.RefKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /** An ASCII text's slug, made in one pass, is the rule's: on 20,000 random texts of letters, digits and punctuation. */
    @Test
    void asciiSlugsFollowTheRule() {
        java.util.Random random = new java.util.Random(20261208);
        String alphabet = "aZ09 -'_.,!?&()/\\\"\t\n#:;é’";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            assertEquals(Slugs.rule(text.toString()), Slugs.slug(text.toString()), text.toString());
        }
        assertEquals("its-a-plan-2026", Slugs.slug("  It's a plan: 2026!  "));
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

    private static final Markdown WITH_REFS = new Markdown(Map.of(), new CrossReferences(List.of(
            new RefKind("dive", Pattern.compile("CD"), Pattern.compile("\\d{1,2}"), "number", "city-dives"),
            new RefKind("session", Pattern.compile("#"), Pattern.compile("[1-4]\\.\\d{1,2}"), "code", ""),
            new RefKind("track", Pattern.compile("Tracks? #?"), Pattern.compile("[1-4]"), "track", "")),
            Set.of("dive/3", "dive/4", "dive/9", "dive/13", "session/3.4", "track/1", "track/2", "track/3")));

    @Test
    void crossReferencesBecomeLinksOneIdAtATime() {
        Problems problems = new Problems();
        String html = WITH_REFS.render("See CD3–4, CD9 & CD13 and (#3.4); i Track 1, 2 e 3.\n", new Markdown.Source("f.md", 1), problems);
        assertEquals("<p>See <a href=\"dossier:dive/3\" class=\"xref\">CD3</a>–<a href=\"dossier:dive/4\" class=\"xref\">4</a>, "
                + "<a href=\"dossier:dive/9\" class=\"xref\">CD9</a> &amp; <a href=\"dossier:dive/13\" class=\"xref\">CD13</a> "
                + "and (<a href=\"dossier:session/3.4\" class=\"xref\">#3.4</a>); i <a href=\"dossier:track/1\" class=\"xref\">Track 1</a>, "
                + "<a href=\"dossier:track/2\" class=\"xref\">2</a> e <a href=\"dossier:track/3\" class=\"xref\">3</a>.</p>", html.strip());
        assertTrue(problems.all().isEmpty(), problems.all().toString());
    }

    @Test
    void referencesInHeadingsLinksAndCodeStayText() {
        String html = WITH_REFS.render("## Track 1\n\n[CD3](https://x.org) `CD4` CDROM #3.45 v2.3.4\n", new Markdown.Source("f.md", 1), new Problems());
        assertFalse(html.contains("xref"), html);
    }

    @Test
    void aReferenceToNothingIsAnErrorWithItsLine() {
        Problems problems = new Problems();
        WITH_REFS.render("Intro.\n\nAs seen in CD15.\n", new Markdown.Source("content/en/x.md", 5), problems);
        assertEquals("content/en/x.md:7: error: the reference \"CD15\" points to nothing: no page has number 15 in"
                + " city-dives — correct the reference, or give the page it means 'number: 15'", problems.all().get(0).format());
    }

    @Test
    void inlineHtmlIsKept() {
        assertEquals("<p>CO<sub>2</sub></p>", render("CO<sub>2</sub>\n", new Problems()).strip());
    }
}
