package org.dossier.markdown;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.nio.charset.StandardCharsets;

/**
 * A jsoup tree written as HTML, byte for byte as jsoup writes it without pretty-printing (HTML syntax, UTF-8, its
 * base escapes), but in one pass that copies runs of plain text at once: jsoup escapes character by character behind
 * a visitor, and writing every page and every body that way was a tenth of a build. A node of another kind than an
 * element, text, data or comment (a doctype, say) is written by jsoup, as is a tree whose output settings differ.
 * {@code HtmlTest} holds it to jsoup's own output on every page of the brief and thousands of seeded trees.
 */
public final class Html {

    private Html() {
    }

    /** What {@code Element.html()} returns: the element's children. */
    public static String inner(Element e) {
        if (!plain(e)) return e.html();
        StringBuilder out = new StringBuilder(1024);
        for (Node n : e.childNodes()) node(n, out);
        return out.toString();
    }

    /** What {@code outerHtml()} returns: a document, or an element with its tags. */
    public static String outer(Node n) {
        if (!plain(n)) return n.outerHtml();
        StringBuilder out = new StringBuilder(16384);
        if (n instanceof Document) for (Node c : n.childNodes()) node(c, out);
        else node(n, out);
        return out.toString();
    }

    /** Whether the tree is written with the settings this class follows. */
    private static boolean plain(Node n) {
        Document doc = n.ownerDocument();
        Document.OutputSettings s = doc == null ? new Document("").outputSettings() : doc.outputSettings();
        return !s.prettyPrint() && s.syntax() == Document.OutputSettings.Syntax.html
                && s.escapeMode() == Entities.EscapeMode.base && s.charset().equals(StandardCharsets.UTF_8);
    }

    private static void node(Node n, StringBuilder out) {
        if (n instanceof TextNode t) { // not CDataNode, a TextNode of its own kind
            if (t.getClass() != TextNode.class) out.append(t.outerHtml());
            else escape(t.getWholeText(), false, out);
        } else if (n instanceof Element e) {
            element(e, out);
        } else if (n instanceof DataNode d) {
            out.append(d.getWholeData());
        } else if (n instanceof Comment c) {
            out.append("<!--").append(c.getData()).append("-->");
        } else {
            out.append(n.outerHtml());
        }
    }

    private static void element(Element e, StringBuilder out) {
        out.append('<').append(e.tagName());
        attributes(e, out);
        boolean empty = e.childNodeSize() == 0;
        if (empty && e.tag().isSelfClosing()) {
            out.append(e.tag().isEmpty() ? ">" : " />");
            return;
        }
        out.append('>');
        for (int i = 0, n = e.childNodeSize(); i < n; i++) node(e.childNode(i), out);
        out.append("</").append(e.tagName()).append('>');
    }

    private static void attributes(Element e, StringBuilder out) {
        if (e.attributesSize() == 0) return;
        for (Attribute a : e.attributes()) {
            if (!validKey(a.getKey())) { // jsoup renames or drops such keys: let it write them all
                out.append(e.attributes().html());
                return;
            }
        }
        for (Attribute a : e.attributes()) {
            String key = a.getKey();
            out.append(' ').append(key);
            String value = a.hasDeclaredValue() ? a.getValue() : null;
            if (value == null || ((value.isEmpty() || value.equalsIgnoreCase(key)) && Attribute.isBooleanAttribute(key))) {
                continue; // written as the key alone, as jsoup does
            }
            out.append("=\"");
            escape(value, true, out);
            out.append('"');
        }
    }

    /** Whether jsoup writes an attribute's key as it is: no control character, space, quote, slash or equals sign. */
    private static boolean validKey(String key) {
        if (key.isEmpty()) return false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c <= 0x1f || (c >= 0x7f && c <= 0x9f) || c == ' ' || c == '"' || c == '\'' || c == '/' || c == '=') {
                return false;
            }
        }
        return true;
    }

    /**
     * Text or an attribute's value, escaped as jsoup escapes it in base mode to UTF-8: {@code &}, no-break space,
     * {@code <} and {@code >} in text, {@code "} in attributes, and control characters but tab, line feed and carriage
     * return as numeric references.
     */
    private static void escape(String s, boolean attribute, StringBuilder out) {
        int run = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c > '>' ? c != '\u00a0' : c >= ' ' && c != '&' && c != '<' && c != '>' && c != '"') continue; // most text
            String escaped;
            if (c == '&') escaped = "&amp;";
            else if (c == '\u00a0') escaped = "&nbsp;";
            else if (c == '<' && !attribute) escaped = "&lt;";
            else if (c == '>' && !attribute) escaped = "&gt;";
            else if (c == '"' && attribute) escaped = "&quot;";
            else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') escaped = "&#x" + Integer.toHexString(c) + ";";
            else continue;
            out.append(s, run, i).append(escaped);
            run = i + 1;
        }
        out.append(s, run, s.length());
    }
}
