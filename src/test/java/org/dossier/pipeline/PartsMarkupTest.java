package org.dossier.pipeline;

import org.dossier.TestSites;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The markup the language-of-parts code makes: a fallback's blocks around shortcodes, and hostile text in helpers. */
class PartsMarkupTest {

    @TempDir
    Path tmp;
    Path site;
    Path out;

    @BeforeEach
    void setUp() {
        site = TestSites.multilingual(tmp);
        out = site.resolve("site-output");
    }

    private TestSites.Run build() {
        return TestSites.cli("build", "--site", site.toString());
    }

    private Document page(String path) {
        return TestSites.html(out.resolve(path));
    }

    @Test
    void aFallbacksShortcodeStaysInsideItsBlock() {
        Path config = site.resolve("content/site.yaml");
        TestSites.write(config, TestSites.read(config) + "  recommendation: {type: string}\n");
        TestSites.write(site.resolve("content/en/guide/boxed.md"), """
                ---
                title: Boxed
                description: A block holding a shortcode.
                weight: 3
                recommendation: Act now.
                ---
                Before.

                ::: key-message
                Inside.

                {{< recommendation >}}

                Still inside.
                :::

                After.
                """);
        TestSites.Run run = build();
        assertEquals(0, run.code(), run.err());
        Element en = page("en/guide/boxed/index.html").selectFirst("article");
        Element it = page("it/guida/boxed/index.html").selectFirst("article");

        Element box = it.selectFirst("div.key-message");
        assertEquals("en", box.attr("lang"), "the English block is marked");
        Element aside = box.selectFirst("> aside.recommendation");
        assertNotNull(aside, "the shortcode's output is inside the block: " + box.parent().html());
        assertFalse(aside.hasAttr("lang"), "the shortcode's output is in the page's language");
        assertEquals("Still inside.", box.child(box.childrenSize() - 1).text());
        assertEquals("After.", box.nextElementSibling().text());
        assertEquals(shape(en), shape(it), "the same structure as the English page");
    }

    /** Tags and classes of the article's text (the title, the blocks, the shortcode), without attributes or words. */
    private static String shape(Element e) {
        return e.tagName() + "." + String.join(".", e.classNames()) + e.children().stream()
                .filter(c -> !c.hasClass("fallback-notice"))
                .map(PartsMarkupTest::shape).collect(Collectors.joining(",", "(", ")"));
    }

    @Test
    void helpersEscapeTextEvenInAttributes() {
        String hostile = "Q\\\"><script>alert('t')</script>";
        TestSites.write(site.resolve("content/en/guide/hostile.md"), """
                ---
                title: "%s"
                description: A hostile title.
                layout: hostile
                ---
                Body.
                """.formatted(hostile));
        TestSites.write(site.resolve("content/_theme/templates/hostile.ftl"), """
                <!doctype html><html lang="${lang.code}"><head><title>t</title></head><body>
                <p id="list" title="${list([inLang(site.defaultLanguage, page.title), page.title])}">l</p>
                <p id="in">${inLang('it', page.title)}</p>
                <p id="attr"${langAttr('pt-br')}>a</p>
                </body></html>
                """);
        TestSites.Run run = build();
        assertEquals(0, run.code(), run.err());
        Document doc = page("en/guide/hostile/index.html");
        String title = "Q\"><script>alert('t')</script>";
        assertTrue(doc.select("script").isEmpty(), "no injected element: " + doc.body().html());
        Element list = doc.getElementById("list");
        assertEquals(Set.of("id", "title"), list.attributes().asList().stream().map(Attribute::getKey)
                .collect(Collectors.toSet()), "no injected attribute: " + list.outerHtml());
        assertEquals(title + " and " + title, list.attr("title"));
        assertEquals(title, doc.getElementById("in").selectFirst("span[lang=it]").text());
        assertEquals("pt-br", doc.getElementById("attr").attr("lang"));
    }

    @Test
    void langAttrTakesOnlyALanguageTag() {
        TestSites.write(site.resolve("content/_theme/templates/page.ftl"), """
                <!doctype html><html lang="${lang.code}"><head><title>t</title></head><body>
                <p${langAttr('x" onclick="y')}>${page.title}</p>
                </body></html>
                """);
        TestSites.Run run = build();
        assertNotEquals(0, run.code(), run.out());
        assertTrue(run.err().contains("not \"x\" onclick=\"y\""), run.err());
    }
}
