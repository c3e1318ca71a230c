package org.dossier.markdown;

import org.dossier.TestSites;
import org.dossier.bench.BuildBenchmark;
import org.dossier.content.FrontMatter;
import org.dossier.problems.Problems;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link HtmlTree} builds, node for node and text node for text node, the tree jsoup parses from Flexmark's HTML —
 * on every text of the brief (bodies and front matter), on the benchmark's pages and on thousands of seeded texts
 * made of every construct Markdown and Dossier's extensions have — or says it cannot, and the text takes the long way.
 */
class HtmlTreeTest {

    private final Markdown markdown = new Markdown(Map.of());

    /** The tree as text: every node with its kind, its tag and attributes in order, its text exactly. */
    static String dump(Node n) {
        StringBuilder sb = new StringBuilder();
        dump(n, sb);
        return sb.toString();
    }

    private static void dump(Node n, StringBuilder sb) {
        if (n instanceof TextNode t) {
            sb.append("T[").append(t.getWholeText()).append(']');
        } else if (n instanceof Comment c) {
            sb.append("C[").append(c.getData()).append(']');
        } else if (n instanceof Element e) {
            sb.append('<').append(e.tagName());
            e.attributes().forEach(a -> sb.append(' ').append(a.getKey()).append("=\"").append(a.getValue()).append('"'));
            sb.append('>');
            for (Node c : e.childNodes()) dump(c, sb);
            sb.append("</").append(e.tagName()).append('>');
        } else {
            sb.append("?[").append(n.outerHtml()).append(']');
        }
    }

    /** Whether the text was built (not taken the long way); fails when it was built otherwise than jsoup parses it. */
    private boolean same(String text, String what) {
        com.vladsch.flexmark.util.ast.Document doc = markdown.parse(text);
        Element built = markdown.tree(doc);
        if (built == null) return false;
        assertEquals(dump(markdown.parsedRender(doc)), dump(built), what + ":\n" + text);
        return true;
    }

    /** Every text of the brief: the bodies and the front matter's strings. */
    private static List<String> briefTexts() throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> s = Files.walk(TestSites.project().resolve("content"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                FrontMatter.Parts parts = FrontMatter.split(Files.readString(p), p.toString(), new Problems());
                texts.add(parts.body());
                strings(parts.data(), texts);
            }
        }
        return texts;
    }

    @Test
    void theBriefsTextsAreBuiltAsJsoupParsesThem() throws Exception {
        List<String> texts = briefTexts();
        int built = 0;
        for (int i = 0; i < texts.size(); i++) if (same(texts.get(i), "text " + i)) built++;
        assertTrue(texts.size() > 2000, "texts: " + texts.size());
        assertTrue(built > texts.size() * 99 / 100, "built " + built + " of " + texts.size());
    }

    private static void strings(Object value, List<String> out) {
        if (value instanceof String s) out.add(s);
        else if (value instanceof Map<?, ?> m) m.values().forEach(v -> strings(v, out));
        else if (value instanceof List<?> l) l.forEach(v -> strings(v, out));
    }

    @Test
    void theBenchmarksPagesAreBuiltAsJsoupParsesThem() throws Exception {
        List<String> words = BuildBenchmark.words(Files.readString(TestSites.project()
                .resolve("../shared/source/conference-action-brief-2026.md").normalize()));
        Random random = new Random(1000);
        for (int p = 0; p < 300; p++) {
            assertTrue(same(BuildBenchmark.page(random, words, p, 300), "page " + p), "page " + p + " is built");
        }
    }

    /** Block and inline pieces of Markdown, Dossier's extensions and raw HTML, combined at random. */
    private static final List<String> BLOCKS = List.of("# H1", "## Heading *em*", "### H3 `code`", "Setext\n===",
            "Setext 2\n---", "- a\n- b\n- c", "- a\n\n- b", "1. one\n2. two", "3. three\n4. four", "- a\n  - nested\n  - more",
            "- a\n\n  para\n- b", "* star\n+ plus", "> quote\n> more", "> quote\n>\n> — Name, role", "> > nested",
            "> - list in quote", "```\ncode\n```", "```java\nint x;\n\n  y();\n```", "```\n```", "    indented\n    code\n",
            "***", "---", "| a | b |\n| --- | :-: |\n| 1 | 2 |", "| l | r |\n|:--|--:|\n| x | y |\n| z |",
            "::: insight\nInside **it**.\n:::", "::: highlight\n- a\n- b\n:::", "{{< sessions >}}", ":::\n",
            "![alt *x*](/img.png \"T\")",
            "![a](i.png)", "- [ ] task", "Line  \nbreak", "Line\\\nbreak", "a\tb", "\u00a0nbsp start", "  lead", "10) x",
            // where a block may start or may not: after a paragraph, indented, tabbed, lazily continued
            "~~~\ntilde\n~~~", "___", "_ _ _", "- - -", "* * *", "1) paren", "  > indented quote", "   # three spaces",
            "\t- tab list", "    - four spaces", "> a\nlazy", "- a\nlazy", "Para\n- item", "Para\n1. item", "Para\n2. item",
            "Para\n# heading", "Para\n```\ncode\n```", "Para\n***", "Para\n    not code", "Para\n> quote", "#5 not a heading",
            "-not a list", "+not", "2026. year", "1.5 number", "=== alone", "Para\n=", "Para\n<p>html</p>", "`` ` ``", "- ```\n  code\n  ```",
            // underlines and rules, and lines that only start like them
            "Para\n--- \t", "Para\n===  ", "Para\n-- -", "Para\n= =", "Para\n==x", "Para\n---\u2028", "Para\n-\u2029",
            "Para\n--\u0085", "Para\n-\u2028x", "-- -", "* * * *\t", "_\t_\t_", "- -x", "***x", "--\u2028", "- - - -");
    private static final List<String> INLINE = List.of("word", " ", "  ", "\n", "*em*", "_em_", "**strong**", "__s__",
            "***both***", "`code`", "`` a ` b ``", "~~del~~", "~single~", "[link](https://l.eu)", "[t](/en/x/ \"title\")",
            "[x](#)", "[](#)", "<https://a.eu>", "www.cities.eu", "a@b.eu", "https://x.org/a_b", "&amp;", "&copy;",
            "&#64;", "&nosuch;", "&amp", "\"quoted\"", "'single'", "it's", "--", "---", "...", "<<", ">>", "\\*",
            "\\<", "<", ">", "&", "CO<sub>2</sub>", "<span class=\"x\">s</span>", "<sup>1</sup>", "<b>bold</b>",
            "<em>e</em>", "Košice", "Torino’s", "«guillemets»", "„Zitat“", "—", "–", "½", "(#3.4)", "CD5", "\u00a0",
            "\t", "1.", "#", "|", "+", "x_y_z", "**a *b* c**", "\u0000", "a\u0000b");
    /** Pieces it does not build (the long way), mixed in now and then. */
    private static final List<String> RARE = List.of("::: open\nnever closed", "<div>raw block</div>", "<!-- a comment -->",
            "Term\n: definition", "Text[^1]\n\n[^1]: A footnote.", "[ref]: https://r.eu\n\nSee [ref].", "<sub>open",
            "</sub>", "<br>", "<br />", "<span\nclass=\"y\">", "<img src=\"x\">", "<!-- c -->", "<a href=\"/x\">a</a>",
            "{#id}", "{.cls}");

    /** A text of a few blocks and runs of inline pieces, now and then a rare one. */
    private static String seeded(Random random) {
        StringBuilder md = new StringBuilder();
        for (int b = random.nextInt(5); b >= 0; b--) {
            if (random.nextInt(3) == 0) md.append(BLOCKS.get(random.nextInt(BLOCKS.size())));
            else for (int i = random.nextInt(12); i >= 0; i--) md.append(INLINE.get(random.nextInt(INLINE.size())));
            if (random.nextInt(20) == 0) md.append(RARE.get(random.nextInt(RARE.size())));
            md.append(random.nextInt(4) == 0 ? "\n" : "\n\n");
        }
        return md.toString();
    }

    /** The brief's texts, 100 of the benchmark's pages and 3,000 seeded texts, from {@code seed}. */
    private static List<String> texts(long seed) throws Exception {
        List<String> texts = new ArrayList<>(briefTexts());
        List<String> words = BuildBenchmark.words(Files.readString(TestSites.project()
                .resolve("../shared/source/conference-action-brief-2026.md").normalize()));
        Random random = new Random(seed);
        for (int p = 0; p < 100; p++) texts.add(BuildBenchmark.page(random, words, p, 100));
        for (int c = 0; c < 3000; c++) texts.add(seeded(random));
        return texts;
    }

    /** A text without a brace parses, without attributes, as with them: the brief's, the benchmark's, seeded ones. */
    @Test
    void textsWithoutBracesParseAsWithAttributes() throws Exception {
        List<String> texts = texts(1000);
        int plain = 0;
        for (String text : texts) {
            if (text.indexOf('{') >= 0) continue;
            plain++;
            assertEquals(dump(markdown.parsedRender(markdown.parseWithAttributes(text))),
                    dump(markdown.parsedRender(markdown.parse(text))), text);
        }
        assertTrue(plain > texts.size() / 2, "most texts have no brace: " + plain + " of " + texts.size());
    }

    /** Texts parse with {@link BlockStarts} as with Flexmark's own search for block starts: the brief's, the benchmark's, seeded ones. */
    @Test
    void blockStartsParseAsFlexmarkDoes() throws Exception {
        Markdown flexmark = new Markdown(Map.of(), CrossReferences.none(), false);
        for (String text : texts(1001)) {
            assertEquals(dump(flexmark.parsedRender(flexmark.parse(text))), dump(markdown.parsedRender(markdown.parse(text))), text);
        }
    }

    @Test
    void seededTextsAreBuiltAsJsoupParsesThem() {
        Random random = new Random(20261207);
        int built = 0;
        int cases = Integer.getInteger("htmltree.cases", 5000);
        for (int c = 0; c < cases; c++) {
            if (same(seeded(random), "case " + c)) built++;
        }
        assertTrue(built > cases * 3 / 4, "most cases are built, not taken the long way: " + built + " of " + cases);
    }

    @Test
    void whatItDoesNotKnowTakesTheLongWay() {
        for (String text : List.of("Text[^1]\n\n[^1]: A footnote.", "Term\n: definition", "[ref]: https://r.eu\n\nSee [ref].",
                "A {#id} paragraph {.x}", "<div>raw</div>", "An <span>unclosed span.", "*a <sub>b* c</sub>")) {
            assertNull(markdown.tree(markdown.parse(text)), text);
            assertTrue(markdown.render(text, new Markdown.Source("x.md", 1), new Problems()).length() > 0, text);
        }
    }
}
