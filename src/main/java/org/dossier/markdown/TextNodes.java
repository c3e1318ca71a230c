package org.dossier.markdown;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rewrites matches in running text into other nodes (links): the one routine behind cross-references and names. */
public final class TextNodes {

    private TextNodes() {
    }

    /**
     * Replaces each match of {@code pattern} in the text under {@code root} — not inside an element whose tag is in
     * {@code skip} (e.g. "a", "code", "pre") — with the nodes {@code replacement} makes of it.
     *
     * @return how many matches were replaced
     */
    public static int replace(Element root, Set<String> skip, Pattern pattern, Function<MatchResult, List<Node>> replacement) {
        List<TextNode> texts = new ArrayList<>();
        collect(root, skip, texts);
        int count = 0;
        for (TextNode t : texts) {
            String text = t.getWholeText();
            Matcher m = pattern.matcher(text);
            if (!m.find()) continue;
            List<Node> out = new ArrayList<>();
            int last = 0;
            do {
                out.add(new TextNode(text.substring(last, m.start())));
                out.addAll(replacement.apply(m.toMatchResult()));
                last = m.end();
                count++;
            } while (m.find());
            out.add(new TextNode(text.substring(last)));
            for (Node n : out) t.before(n);
            t.remove();
        }
        return count;
    }

    /** The text nodes under {@code e} outside skipped elements: an element's own, then its children's, in order. */
    private static void collect(Element e, Set<String> skip, List<TextNode> out) {
        if (skip.contains(e.normalName())) return;
        List<Element> children = new ArrayList<>();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) out.add(t);
            else if (n instanceof Element c) children.add(c);
        }
        for (Element c : children) collect(c, skip, out);
    }
}
