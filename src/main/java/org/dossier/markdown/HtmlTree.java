package org.dossier.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.html.HtmlRendererOptions;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flexmark's syntax tree straight into jsoup nodes: the tree {@code Jsoup.parseBodyFragment} makes of the HTML
 * Flexmark's renderer writes, without writing that HTML (a third of the time of Markdown, mostly escaping) and parsing
 * it again (another fifth). It follows Flexmark's renderer node by node, with its options, down to the line breaks it
 * puts between block tags (they are text nodes of the tree). What it does not know — footnotes, definition lists,
 * attributes, reference links, raw HTML other than simple inline tags and the {@code :::} blocks and shortcodes that
 * {@link Markdown} writes — makes it give up ({@link #build} returns false), and the text takes the long way.
 * {@code HtmlTreeTest} holds it to the long way's tree on the brief, the benchmark's pages and thousands of seeded texts.
 */
final class HtmlTree {

    /** Thrown at the first node this class does not build as Flexmark and jsoup would: the text takes the long way. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final Unsupported UNSUPPORTED = new Unsupported();
    /** Inline tags taken from raw HTML: elements jsoup puts in the tree as they are written, when properly nested. */
    private static final Set<String> INLINE = Set.of("sub", "sup", "span", "small", "mark", "abbr", "cite", "q", "kbd",
            "var", "dfn", "bdi", "bdo", "ins", "del", "s", "u", "i", "b", "em", "strong", "time", "data");
    private static final Pattern OPEN_TAG = Pattern.compile("<([a-z]+)((?:\\s+[a-z-]+=\"[^\"<>&]*\")*)\\s*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");
    private static final Pattern CLOSE_TAG = Pattern.compile("</([a-z]+)>");
    private static final Pattern DIV_OPEN = Pattern.compile("<div class=\"([A-Za-z][\\w-]*)\">\n?");
    private static final Pattern DIV_CLOSE = Pattern.compile("</div>\n?");
    private static final Pattern COMMENT = Pattern.compile("<!--(" + Pattern.quote(Markdown.SHORTCODE_MARK) + "[\\w-]+)-->(\n?)");
    /** Entities Flexmark writes as they are (typographic quotes and dashes), decoded as jsoup decodes them. */
    private static final Map<String, String> DECODED = new ConcurrentHashMap<>();

    /**
     * Flexmark's options as the renderer reads them, read once: reading an option that was never set from Flexmark's
     * mutable options stores its default there, which is not safe from several threads.
     */
    record Settings(DataHolder options, HtmlRendererOptions html, ListOptions lists, String tableClass) {
        static Settings of(DataHolder mutable) {
            DataHolder o = mutable.toImmutable();
            return new Settings(o, new HtmlRendererOptions(o), ListOptions.get(o), TablesExtension.CLASS_NAME.get(o));
        }
    }

    private final HtmlRendererOptions html;
    private final ListOptions lists;
    private final DataHolder options;
    private final String tableClass;

    private Element current;
    /** Text not yet put in the tree: one text node per run between tags, as jsoup makes them. */
    private final StringBuilder pending = new StringBuilder();
    /** Whether what was written last ends a line (Flexmark's renderer writes a line break before block tags otherwise). */
    private boolean atLineStart = true;
    /** Elements opened by raw HTML and not closed yet, with the Markdown node they were opened in. */
    private final Deque<Object[]> raw = new ArrayDeque<>();

    private HtmlTree(Settings settings, Element body) {
        this.options = settings.options();
        this.html = settings.html();
        this.lists = settings.lists();
        this.tableClass = settings.tableClass();
        this.current = body;
    }

    /**
     * Appends to {@code body} the nodes of the HTML Flexmark would render of {@code doc}, as jsoup would parse them.
     * False when the text holds something this class does not build: {@code body} is then left empty.
     */
    static boolean build(Document doc, Settings settings, Element body) {
        HtmlTree tree = new HtmlTree(settings, body);
        try {
            tree.children(doc);
            if (!tree.raw.isEmpty() || tree.current != body) throw UNSUPPORTED;
            tree.flush();
            return true;
        } catch (Unsupported e) {
            body.empty();
            return false;
        }
    }

    private void children(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) node(n);
        if (!raw.isEmpty() && raw.peek()[1] == parent) throw UNSUPPORTED; // raw HTML left open in this node
    }

    private void node(Node n) {
        Class<?> c = n.getClass();
        if (c == Text.class) {
            String plain = plain(n.getChars());
            if (plain != null) {
                append(plain);
            } else {
                String text = unescaped(n.getChars());
                text(text.indexOf('\r') < 0 ? text : Escaping.normalizeEOL(text));
            }
        } else if (c == SoftLineBreak.class) {
            text(html.softBreak);
        } else if (c == Paragraph.class) {
            paragraph((Paragraph) n);
        } else if (c == TypographicSmarts.class) {
            text(decode(((TypographicSmarts) n).getTypographicText()));
        } else if (c == TypographicQuotes.class) {
            TypographicQuotes q = (TypographicQuotes) n;
            if (q.getTypographicOpening() != null) text(decode(q.getTypographicOpening()));
            children(n);
            if (q.getTypographicClosing() != null) text(decode(q.getTypographicClosing()));
        } else if (c == TextBase.class) {
            children(n);
        } else if (c == Emphasis.class) {
            if (html.emphasisStyleHtmlOpen != null) throw UNSUPPORTED;
            inline(n, "em");
        } else if (c == StrongEmphasis.class) {
            if (html.strongEmphasisStyleHtmlOpen != null) throw UNSUPPORTED;
            inline(n, "strong");
        } else if (c == Link.class) {
            Link link = (Link) n;
            Element a = attr(open("a"), "href", unescaped(link.getUrl()));
            if (link.getTitle().isNotNull()) attr(a, "title", unescaped(link.getTitle()));
            children(n);
            close();
        } else if (c == BulletListItem.class || c == OrderedListItem.class) {
            block(n, "li", ((ListItem) n).getMarkerSuffix().unescape());
        } else if (c == BulletList.class) {
            line();
            open("ul");
            indented(n);
        } else if (c == OrderedList.class) {
            int start = ((OrderedList) n).getStartNumber();
            line();
            Element ol = open("ol");
            if (lists.isOrderedListManualStart() && start != 1) ol.attr("start", String.valueOf(start));
            indented(n);
        } else if (c == Heading.class) {
            block(n, "h" + ((Heading) n).getLevel(), "");
        } else if (c == BlockQuote.class) {
            line();
            open("blockquote");
            indented(n);
        } else if (c == Code.class) {
            if (html.codeStyleHtmlOpen != null) throw UNSUPPORTED;
            open("code");
            text(Escaping.collapseWhitespace(((Code) n).getText(), true));
            close();
        } else if (c == HardLineBreak.class) {
            if (!html.hardBreak.equals("<br />\n")) throw UNSUPPORTED;
            open("br");
            close();
            text("\n");
        } else if (c == HtmlEntity.class) {
            text(html.unescapeHtmlEntities ? n.getChars().unescape() : decode(n.getChars().unescapeNoEntities()));
        } else if (c == HtmlInline.class) {
            inlineHtml(n);
        } else if (c == HtmlBlock.class) {
            blockHtml(n);
        } else if (c == HtmlCommentBlock.class) {
            Matcher m = COMMENT.matcher(n.getChars().normalizeEOL());
            if (!m.matches() || html.suppressHtmlCommentBlocks || html.escapeHtmlCommentBlocks) throw UNSUPPORTED;
            flush();
            current.appendChild(new Comment(m.group(1)));
            atLineStart = false;
            text(m.group(2));
        } else if (c == FencedCodeBlock.class) {
            FencedCodeBlock f = (FencedCodeBlock) n;
            String language = f.getInfo().isNotNull() && !f.getInfo().isBlank()
                    ? f.getInfoDelimitedByAny(html.languageDelimiterSet).unescape() : null;
            String cls = language != null ? html.languageClassMap.getOrDefault(language, html.languageClassPrefix + language)
                    : html.noLanguageClass.trim();
            code(cls, f.getContentChars().normalizeEOL());
        } else if (c == IndentedCodeBlock.class) {
            code(html.noLanguageClass.trim(), ((IndentedCodeBlock) n).getContentChars().trimTailBlankLines().normalizeEndWithEOL());
        } else if (c == ThematicBreak.class) {
            line();
            open("hr");
            close();
            line();
        } else if (c == AutoLink.class) {
            String text = chars(((AutoLink) n).getText());
            attr(open("a"), "href", text.startsWith("www.") ? html.autolinkWwwPrefix + text : text);
            text(text);
            close();
        } else if (c == MailLink.class) {
            String text = ((MailLink) n).getText().unescape();
            attr(open("a"), "href", "mailto:" + text);
            text(text);
            close();
        } else if (c == Image.class) {
            Image img = (Image) n;
            if (!img.getUrlContent().isEmpty()) throw UNSUPPORTED;
            Element e = attr(attr(open("img"), "src", img.getUrl().unescape()), "alt",
                    new TextCollectingVisitor().collectAndGetText(img));
            if (img.getTitle().isNotNull()) attr(e, "title", img.getTitle().unescape());
            close();
        } else if (c == Strikethrough.class) {
            inline(n, "del");
        } else if (c == TableBlock.class) {
            line();
            Element table = open("table");
            if (!tableClass.isEmpty()) table.attr("class", tableClass);
            indented(n);
            line();
        } else if (c == TableHead.class || c == TableBody.class) {
            block(n, c == TableHead.class ? "thead" : "tbody", "");
        } else if (c == TableRow.class) {
            block(n, "tr", "");
        } else if (c == TableCell.class) {
            TableCell cell = (TableCell) n;
            Element td = open(cell.isHeader() ? "th" : "td");
            if (cell.getAlignment() != null) td.attr("align", cell.getAlignment().name().toLowerCase(java.util.Locale.ROOT));
            if (cell.getSpan() > 1) throw UNSUPPORTED;
            children(n);
            close();
        } else if (c != TableSeparator.class) {
            throw UNSUPPORTED; // footnotes, definitions, attributes, references, a node of an extension added later…
        }
    }

    private void paragraph(Paragraph p) {
        if (p.getFirstChildAnyNot(NonRenderingInline.class) == null) {
            if (p.hasChildren()) throw UNSUPPORTED; // attributes ({#id}) for the element before it
            return;
        }
        if (p.getParent() instanceof ParagraphItemContainer c && c.isParagraphWrappingDisabled(p, lists, options)) {
            children(p);
            return;
        }
        block(p, "p", "");
    }

    /** A block element on a line of its own, {@code first} and the node's children inside (Flexmark's {@code tagLine}). */
    private void block(Node n, String tag, String first) {
        line();
        open(tag);
        text(first);
        children(n);
        close();
        line();
    }

    /**
     * The children of the element just opened, on lines of their own, and its end (Flexmark's {@code tagIndent} and
     * {@code tagLineIndent}, with no indentation: a line break after the tag, before and after its end tag).
     */
    private void indented(Node n) {
        line(); // the indent
        children(n);
        line();
        close();
        line();
    }

    private void inline(Node n, String tag) {
        open(tag);
        children(n);
        close();
    }

    private void code(String cls, String text) {
        line();
        open("pre");
        Element code = open("code");
        if (!cls.isEmpty()) attr(code, "class", cls);
        text(text);
        close();
        close();
        if (html.htmlBlockCloseTagEol) line();
    }

    /** Raw inline HTML: a simple open or close tag of an inline element, properly nested, else the long way. */
    private void inlineHtml(Node n) {
        if (html.suppressInlineHtml || html.escapeInlineHtml) throw UNSUPPORTED;
        String tag = n.getChars().toString();
        Matcher m;
        if ((m = OPEN_TAG.matcher(tag)).matches() && INLINE.contains(m.group(1))) {
            Element e = open(m.group(1));
            Matcher a = ATTRIBUTE.matcher(m.group(2));
            while (a.find()) {
                if (e.hasAttr(a.group(1))) throw UNSUPPORTED;
                e.attr(a.group(1), a.group(2));
            }
            raw.push(new Object[]{e, n.getParent()});
        } else if ((m = CLOSE_TAG.matcher(tag)).matches() && !raw.isEmpty() && raw.peek()[0] == current
                && raw.peek()[1] == n.getParent() && current.normalName().equals(m.group(1))) {
            raw.pop();
            close();
        } else {
            throw UNSUPPORTED;
        }
    }

    /** The lines {@link Markdown} writes for {@code :::} blocks: a div opened and closed in the same container. */
    private void blockHtml(Node n) {
        if (n.hasChildren() || html.suppressHtmlBlocks || html.escapeHtmlBlocks || html.sourceWrapHtmlBlocks) throw UNSUPPORTED;
        String text = ((HtmlBlock) n).getContentChars().normalizeEOL();
        Matcher m;
        line();
        if ((m = DIV_OPEN.matcher(text)).matches()) {
            open("div").attr("class", m.group(1));
            raw.push(new Object[]{current, n.getParent()});
            text(text.substring(text.indexOf('>') + 1));
        } else if (DIV_CLOSE.matcher(text).matches() && !raw.isEmpty() && raw.peek()[0] == current
                && raw.peek()[1] == n.getParent()) {
            raw.pop();
            close();
            text(text.substring(text.indexOf('>') + 1));
        } else {
            throw UNSUPPORTED;
        }
        if (html.htmlBlockCloseTagEol) line();
    }

    /**
     * Sets an attribute as Flexmark writes it and jsoup reads it: Flexmark escapes the value but leaves the entities
     * in it ("www.x.eu&#64;y" stays), which jsoup then decodes.
     */
    private static Element attr(Element e, String key, String value) {
        return e.attr(key, value.indexOf('&') < 0 ? value : Parser.unescapeEntities(Escaping.escapeHtml(value, true), true));
    }

    private Element open(String tag) {
        flush();
        Element e = new Element(tag);
        current.appendChild(e);
        current = e;
        atLineStart = false;
        return e;
    }

    private void close() {
        flush();
        current = current.parent();
        atLineStart = false;
    }

    private void line() {
        if (!atLineStart) text("\n");
    }

    private void text(String s) {
        if (s.indexOf('\u0000') >= 0 || s.indexOf('\r') >= 0) throw UNSUPPORTED; // jsoup drops or changes these
        append(s);
    }

    /** Text known to hold neither NUL nor CR. */
    private void append(String s) {
        if (s.isEmpty()) return;
        pending.append(s);
        atLineStart = s.charAt(s.length() - 1) == '\n';
    }

    /**
     * A text's characters, when there is nothing to unescape or change in them (no backslash, ampersand, CR or NUL:
     * most text), found in one pass over its {@link Slice}; else null.
     */
    private static String plain(BasedSequence s) {
        Slice slice = Slice.of(s);
        for (int i = slice.from(); i < slice.to(); i++) {
            char ch = slice.text().charAt(i);
            if (ch <= '\\' && (ch == '\\' || ch == '&' || ch == '\r' || ch == '\u0000')) return null;
        }
        return slice.string();
    }

    private void flush() {
        if (pending.length() == 0) return;
        current.appendChild(new TextNode(pending.toString()));
        pending.setLength(0);
    }

    /** Flexmark's {@code unescape()} (backslash escapes, entities), without its regular expression where there are none. */
    private static String unescaped(BasedSequence s) {
        String text = chars(s);
        return text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text : s.unescape();
    }

    /**
     * A sequence's characters as Flexmark reads them (NUL as U+FFFD): for a plain slice of the source, a substring of
     * it (Flexmark's {@code toString()} copies them one call at a time).
     */
    private static String chars(BasedSequence s) {
        String text = Slice.of(s).string();
        return text.indexOf('\u0000') < 0 ? text : text.replace('\u0000', '\uFFFD');
    }

    /** An entity Flexmark writes as it is ("&ldquo;"), as jsoup reads it. */
    private static String decode(String entity) {
        return DECODED.computeIfAbsent(entity, e -> Parser.unescapeEntities(e, false));
    }
}
