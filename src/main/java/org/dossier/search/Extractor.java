package org.dossier.search;

import org.dossier.content.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a finished page (after the post-process pass, so every heading has its id) and keeps what search needs: the
 * text of its {@code main} element cut at its headings, and the people it quotes ({@code cite} in a quote figure).
 * Left out: navigation, forms, scripts, notices ({@code .notice}) and anything marked {@code data-search-ignore}; a
 * page whose {@code main} (or {@code body}) is so marked is left out of search altogether (a print version, say).
 */
public final class Extractor {

    /** What is never searchable text. (Selectors parsed once: jsoup's evaluators are safe to share.) */
    private static final Evaluator IGNORED = QueryParser.parse("nav, form, script, style, noscript, template, button,"
            + " [hidden], [aria-hidden=true], .notice, .skip-link, [data-search-ignore]");
    /** Where a {@code cite} names a person quoted. */
    private static final Evaluator QUOTE = QueryParser.parse("figure.quote, blockquote, figcaption");

    private Extractor() {
    }

    /** The page's searchable text; empty when the page is kept out of search. */
    public static Optional<PageText> extract(Page page, List<String> path, String html) {
        return extract(page, path, Jsoup.parse(html));
    }

    /** The same, from a parsed page, which it changes (it removes what search leaves out). */
    public static Optional<PageText> extract(Page page, List<String> path, Document doc) {
        Element main = doc.selectFirst("main");
        if (main == null) main = doc.body();
        if (main.hasAttr("data-search-ignore") || doc.body().hasAttr("data-search-ignore")) return Optional.empty();
        main.select(IGNORED).remove();

        List<PageText.Block> blocks = new ArrayList<>();
        Set<String> speakers = new LinkedHashSet<>();
        String[] anchor = {""};
        String[] heading = {""};
        int[] level = {0};
        StringBuilder text = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) return FilterResult.CONTINUE;
                String tag = e.normalName();
                if (tag.equals("h1")) return FilterResult.SKIP_ENTIRELY; // the title
                if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2' && tag.charAt(1) <= '6') {
                    blocks.add(new PageText.Block(anchor[0], level[0], heading[0], collapse(text)));
                    text.setLength(0);
                    anchor[0] = e.id();
                    level[0] = tag.charAt(1) - '0';
                    heading[0] = e.text();
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("cite") && e.closest(QUOTE) != null) {
                    speakers.add(e.text());
                }
                if (e.isBlock() || tag.equals("br")) text.append(' ');
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) text.append(' ');
                return FilterResult.CONTINUE;
            }
        }, main);
        blocks.add(new PageText.Block(anchor[0], level[0], heading[0], collapse(text)));
        if (blocks.get(0).text().isEmpty() && blocks.size() > 1) blocks.remove(0);
        return Optional.of(new PageText(page.lang(), page.contentLang(), page.url(), page.title(), path, page.fallback(),
                blocks, List.copyOf(speakers)));
    }

    /** Runs of white space as one space, none at the ends. */
    static String collapse(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
