package org.dossier.links;

import org.dossier.markdown.CrossReferences;
import org.dossier.markdown.Html;
import org.dossier.markdown.TextNodes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where the text names a city, a person — any page made from a data file — by its name or another spelling
 * (Turin/Torino, Kosice/Košice, possessives included), gives that paragraph a stable id so it can be linked to,
 * and links each quote's speaker to their page.
 */
public final class Mentions {

    /** A page that can be mentioned: its key for links ("cities/torino"), and the names it goes by. */
    public record Target(String key, List<String> names) {
    }

    /** A paragraph (or list item…) that names {@code target}; {@code snippet} is HTML with the name marked. */
    public record Mention(String target, String blockId, String snippet) {
    }

    /** A quotation: its figure's id, its speaker's page key (null when the speaker has no page), its text. */
    public record Quote(String target, String figureId, String speaker, String text) {
    }

    /** A body with ids added, and what it mentions and quotes. */
    public record Tagged(String html, List<Mention> mentions, List<Quote> quotes) {
    }

    private static final Evaluator BLOCKS = QueryParser.parse("p, li:not(:has(p)), dd, dt, td, th");
    private static final Evaluator QUOTES = QueryParser.parse("figure.quote");
    private static final Evaluator CITE = QueryParser.parse("figcaption cite");
    private static final Evaluator BLOCKQUOTE = QueryParser.parse("blockquote");
    private static final int SNIPPET = 220;

    private final Pattern pattern;
    private final Map<String, String> byName = new LinkedHashMap<>();

    public Mentions(List<Target> targets) {
        for (Target t : targets) for (String n : t.names()) if (!n.isBlank()) byName.putIfAbsent(plain(n), t.key());
        this.pattern = byName.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])" + alternatives(byName.keySet()) + "(?![\\p{L}\\p{N}])");
    }

    /**
     * A regular expression that matches any of {@code names}, the longest first, written as a tree of their common
     * beginnings ("T(?:orino|urin)"): a list of hundreds of names would be tried one by one at every character.
     * The text has typographic apostrophes (Reggio d’Émilie), the names may have straight ones: either matches.
     */
    static String alternatives(Collection<String> names) {
        TreeMap<Integer, List<String>> next = new TreeMap<>(); // by first character (code point)
        boolean ends = false;
        for (String n : names) {
            if (n.isEmpty()) ends = true;
            else next.computeIfAbsent(n.codePointAt(0), c -> new ArrayList<>()).add(n.substring(Character.charCount(n.codePointAt(0))));
        }
        List<String> branches = new ArrayList<>();
        next.forEach((c, rests) -> branches.add((c == '\'' ? "['’]" : Character.isLetterOrDigit(c) || c == ' '
                ? Character.toString(c) : "\\x{" + Integer.toHexString(c) + "}") + alternatives(rests)));
        if (ends) branches.add(""); // after the longer names that go on from here: a name is matched whole
        return branches.size() == 1 ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
    }

    /**
     * Tags a rendered body, given as the {@code body} of its document (it is changed), and returns its HTML.
     *
     * @param idPrefix makes the ids unique on pages that show several bodies (a track page and its sessions)
     */
    public Tagged tag(Element body, String idPrefix) {
        if (pattern == null) return new Tagged(Html.inner(body), List.of(), List.of());
        List<Mention> mentions = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        int k = 0;
        for (Element figure : body.select(QUOTES)) {
            Element cite = figure.selectFirst(CITE);
            if (cite == null) continue;
            String id = figure.id().isEmpty() ? idPrefix + "q" + (++k) : figure.id();
            figure.id(id);
            String target = byName.get(plain(cite.text()));
            if (target != null) {
                String name = cite.text();
                cite.empty().appendElement("a").attr("href", CrossReferences.SCHEME + target).text(name);
            }
            Element bq = figure.selectFirst(BLOCKQUOTE);
            quotes.add(new Quote(target, id, cite.text(), bq == null ? "" : Html.inner(bq)));
        }
        int b = 0;
        for (Element block : body.select(BLOCKS)) {
            b++;
            List<Mention> found = find(block.text());
            if (found.isEmpty()) continue;
            if (block.id().isEmpty()) block.id(idPrefix + "m" + b);
            for (Mention m : found) mentions.add(new Mention(m.target(), block.id(), m.snippet()));
        }
        return new Tagged(Html.inner(body), List.copyOf(mentions), List.copyOf(quotes));
    }

    /** The targets a piece of plain text names, each once, with a snippet; {@code blockId} is null. */
    public List<Mention> find(String text) {
        List<Mention> found = new ArrayList<>();
        if (pattern == null) return found;
        Matcher m = pattern.matcher(text);
        List<String> seen = new ArrayList<>();
        while (m.find()) {
            String target = byName.get(plain(m.group()));
            if (seen.contains(target)) continue;
            seen.add(target);
            found.add(new Mention(target, null, snippet(text, m.start(), m.end())));
        }
        return found;
    }

    /**
     * Links every name of a target in {@code html} (text outside links) to the target's page, as
     * {@code dossier:<key>} links the page resolves: for lists and headings that name cities or people.
     */
    public String link(String html) {
        // no name anywhere in the markup, and no entity that could spell one: nothing to parse
        if (pattern == null || (html.indexOf('&') < 0 && !pattern.matcher(html).find())) return html;
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        int linked = TextNodes.replace(doc.body(), java.util.Set.of("a"), pattern, m -> List.of(
                new Element("a").attr("href", CrossReferences.SCHEME + byName.get(plain(m.group()))).text(m.group())));
        return linked == 0 ? html : Html.inner(doc.body());
    }

    /** A name with straight apostrophes: how names are looked up. */
    private static String plain(String name) {
        return name.replace('’', '\'');
    }

    /** Up to ~220 characters around the name, escaped, with the name in {@code <mark>}. */
    static String snippet(String text, int start, int end) {
        int from = Math.max(0, start - SNIPPET / 2);
        int to = Math.min(text.length(), Math.max(end + SNIPPET / 2, from + SNIPPET));
        if (from > 0) {
            int space = text.indexOf(' ', from);
            if (space > 0 && space < start) from = space + 1;
        }
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            if (space > end) to = space;
        }
        return (from > 0 ? "… " : "") + Entities.escape(text.substring(from, start)) + "<mark>"
                + Entities.escape(text.substring(start, end)) + "</mark>" + Entities.escape(text.substring(end, to))
                + (to < text.length() ? " …" : "");
    }
}
