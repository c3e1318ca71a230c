package org.dossier.markdown;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.dossier.problems.Problem;
import org.dossier.problems.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to HTML, set up once and safe to use from many threads. Adds Dossier's conventions to Flexmark's
 * CommonMark + GFM: {@code ::: name} blocks, {@code {{< name >}}} shortcodes, quotes with an attribution line
 * turned into figures, and placeholder links ({@code [text](#)}) resolved from the links data file or shown as
 * plain text with a warning.
 */
public final class Markdown {

    /** Where the text comes from, for messages: the file and the file line of the text's first line. */
    public record Source(String file, int firstLine) {
    }

    private static final Pattern FENCE_OPEN = Pattern.compile("^:::\\s*([A-Za-z][\\w-]*)\\s*$");
    private static final Pattern FENCE_CLOSE = Pattern.compile("^:::\\s*$");
    private static final Pattern SHORTCODE = Pattern.compile("^\\{\\{<\\s*([A-Za-z][\\w-]*)\\s*>}}\\s*$");
    public static final String SHORTCODE_MARK = "dossier-shortcode:";

    private final Parser parser;
    /**
     * The same without attributes ({@code {#id .class}}), for text without a {@code {}: the attributes' node
     * post-processor made Flexmark classify every node of a document before post-processing it, which is as much
     * as a tenth of parsing it.
     */
    private final Parser plain;
    private final HtmlRenderer renderer;
    private final HtmlTree.Settings tree;
    private final Map<String, String> links;
    private final CrossReferences xrefs;

    /** @param links placeholder link text → URL, from the links data file */
    public Markdown(Map<String, String> links) {
        this(links, CrossReferences.none());
    }

    /**
     * @param links placeholder link text → URL, from the links data file
     * @param xrefs the site's kinds of cross-reference and their targets
     */
    public Markdown(Map<String, String> links, CrossReferences xrefs) {
        this(links, xrefs, true);
    }

    /** @param blockStarts whether {@link BlockStarts} tries Flexmark's core blocks (tests compare without) */
    Markdown(Map<String, String> links, CrossReferences xrefs, boolean blockStarts) {
        this.xrefs = xrefs;
        List<Extension> extensions = new ArrayList<>(List.of(new Tables(), StrikethroughExtension.create(), new Autolinks(),
                FootnoteExtension.create(), DefinitionExtension.create(), TypographicExtension.create()));
        if (blockStarts) extensions.add(new BlockStarts());
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, extensions);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(TablesExtension.CLASS_NAME, "table");
        this.plain = Parser.builder(options).build();
        List<Extension> all = new ArrayList<>(extensions);
        all.add(AttributesExtension.create());
        options.set(Parser.EXTENSIONS, all);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
        this.tree = HtmlTree.Settings.of(options);
        this.links = Map.copyOf(links);
    }

    /**
     * Renders a page body or another block of Markdown. Text nested so deeply that it cannot be rendered (thousands
     * of quotes or lists inside each other) is a problem at its first line, and renders as nothing.
     */
    public String render(String markdown, Source source, Problems problems) {
        return Html.inner(renderTree(markdown, source, problems));
    }

    /**
     * The same, as the {@code body} of a jsoup document that serializes as it is (no pretty-printing): for a caller
     * that works on the HTML further, without parsing it again.
     */
    public Element renderTree(String markdown, Source source, Problems problems) {
        try {
            return parseAndRender(markdown, source, problems);
        } catch (StackOverflowError e) {
            problems.error(source.file(), source.firstLine(), 0, "the text is nested too deeply to be read (quotes,"
                    + " lists or HTML elements inside each other, thousands of levels deep)", "nest it less deeply");
            return shell().body();
        }
    }

    private Element parseAndRender(String markdown, Source source, Problems problems) {
        Prepared prepared = preprocess(markdown, source, problems);
        Document doc = parser(prepared.text()).parse(prepared.text());
        List<Integer> placeholderLines = new ArrayList<>();
        new NodeVisitor(new VisitHandler<>(Link.class, link -> {
            if (link.getUrl().toString().equals("#")) {
                int line = link.getStartLineNumber();
                placeholderLines.add(line < prepared.lines().length ? prepared.lines()[line] : line);
            }
        })).visit(doc);
        Element body = tree(doc);
        if (body == null) body = parsedRender(doc);
        postprocess(body, markdown, source, placeholderLines, problems);
        return body;
    }

    /** The parser for {@code text}: without attributes when it has none to read. */
    private Parser parser(String text) {
        return text.indexOf('{') < 0 ? plain : parser;
    }

    /** For tests: the syntax tree of {@code markdown} (after the {@code :::} and shortcode lines are rewritten). */
    Document parse(String markdown) {
        String text = preprocess(markdown, new Source("", 1), new Problems()).text();
        return parser(text).parse(text);
    }

    /** For tests: the same by the parser with attributes, whatever the text. */
    Document parseWithAttributes(String markdown) {
        return parser.parse(preprocess(markdown, new Source("", 1), new Problems()).text());
    }

    /** The long way: Flexmark's HTML of {@code doc}, parsed by jsoup (serialized as it is). */
    Element parsedRender(Document doc) {
        Element body = Jsoup.parseBodyFragment(renderer.render(doc)).body();
        body.ownerDocument().outputSettings().prettyPrint(false);
        return body;
    }

    /** {@code doc} built by {@link HtmlTree} into an empty body, or null when it must take the long way. */
    Element tree(Document doc) {
        Element body = shell().body();
        return HtmlTree.build(doc, tree, body) ? body : null;
    }

    /** A document to build a body in, serialized as it is. */
    private static org.jsoup.nodes.Document shell() {
        org.jsoup.nodes.Document doc = org.jsoup.nodes.Document.createShell("");
        doc.outputSettings().prettyPrint(false);
        return doc;
    }

    /** Renders a one-paragraph value (a front matter field) without the surrounding {@code <p>}. */
    public String renderInline(String markdown, Source source, Problems problems) {
        String html = render(markdown, source, problems).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            html = html.substring(3, html.length() - 4);
        }
        return html;
    }

    /** Preprocessed Markdown and, for each of its lines, the line of the original text it came from. */
    private record Prepared(String text, int[] lines) {
    }

    /**
     * Turns ::: blocks into HTML div blocks that CommonMark parses the inside of (they need blank lines around
     * their content, which are added here) and shortcode lines into HTML comments. Keeps a map back to the
     * editor's line numbers.
     */
    private static Prepared preprocess(String markdown, Source source, Problems problems) {
        if (!markdown.contains(":::") && !markdown.contains("{{<")) {
            return new Prepared(markdown, identity(lineCount(markdown)));
        }
        String[] lines = markdown.split("\n", -1);
        StringBuilder out = new StringBuilder();
        List<Integer> map = new ArrayList<>();
        int open = 0;
        int lastOpenLine = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher m;
            if ((m = FENCE_OPEN.matcher(lines[i])).matches()) {
                emit(out, map, "", i);
                emit(out, map, "<div class=\"" + m.group(1) + "\">", i);
                emit(out, map, "", i);
                open++;
                lastOpenLine = i;
            } else if (FENCE_CLOSE.matcher(lines[i]).matches()) {
                if (open == 0) {
                    problems.error(source.file(), source.firstLine() + i, 1, "':::' closes a block that was never opened",
                            "open it with '::: name' (e.g. '::: highlight') or remove this line");
                    emit(out, map, "", i);
                    continue;
                }
                emit(out, map, "", i);
                emit(out, map, "</div>", i);
                emit(out, map, "", i);
                open--;
            } else if ((m = SHORTCODE.matcher(lines[i])).matches()) {
                emit(out, map, "<!--" + SHORTCODE_MARK + m.group(1) + "-->", i);
            } else {
                emit(out, map, lines[i], i);
            }
        }
        if (open > 0) {
            problems.error(source.file(), source.firstLine() + lastOpenLine, 1, "this ':::' block is never closed",
                    "add a line with just ':::' where the block ends");
        }
        out.setLength(Math.max(0, out.length() - 1));
        return new Prepared(out.toString(), map.stream().mapToInt(Integer::intValue).toArray());
    }

    private static void emit(StringBuilder out, List<Integer> map, String line, int from) {
        out.append(line).append('\n');
        map.add(from);
    }

    private static int lineCount(String text) {
        int n = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
        return n;
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        return a;
    }

    private void postprocess(Element body, String markdown, Source source, List<Integer> placeholderLines,
                             Problems problems) {
        Quotes.toFigures(body);
        xrefs.link(body, markdown, source, problems);
        if (!placeholderLines.isEmpty()) {
            List<Element> anchors = body.select("a[href=#]");
            for (int i = 0; i < anchors.size(); i++) {
                Element a = anchors.get(i);
                String text = a.text();
                String url = links.get(text);
                if (url != null && !url.isBlank()) {
                    a.attr("href", url);
                    continue;
                }
                int line = source.firstLine() + (i < placeholderLines.size() ? placeholderLines.get(i) : 0);
                problems.warning(Problem.Kind.PLACEHOLDER_LINK, source.file(), line, 0, "placeholder link \"" + text + "\" has no address yet",
                        "add \"" + text + "\": https://… to content/_data/links.yaml");
                Element span = new Element("span").addClass("placeholder-link");
                span.appendChildren(new ArrayList<>(a.childNodes()));
                if (span.childNodeSize() == 0) span.appendChild(new TextNode(text));
                a.replaceWith(span);
            }
        }
    }
}
