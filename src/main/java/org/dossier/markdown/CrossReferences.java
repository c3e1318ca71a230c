package org.dossier.markdown;

import org.dossier.config.RefKind;
import org.dossier.problems.Problems;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns cross-references in running text ("(#3.4)", "CD11–12", "CD9 & CD13", "Tracks 1, 2, 3") into links. A link
 * is written as {@code dossier:<kind>/<id>}, which the page resolves to the target in the reader's language. A
 * reference to an id no page has is an error naming the file and line. Text in links, code and headings is left alone.
 */
public final class CrossReferences {

    /** Separators of a list or range of ids: "CD3–4", "CD9 & CD13", "Tracks 1, 2 and 3", "i Track 1, 2 e 3". */
    private static final String JOIN = "(?:\\s*[–—-]\\s*|\\s*,\\s*|\\s*&\\s*|\\s+(?:and|e|et|und|y)\\s+)";
    public static final String SCHEME = "dossier:";
    /** Where references are left as they are: links, code, headings, scripts. */
    private static final Set<String> NOT_LINKED = Set.of("a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style");

    private record Compiled(RefKind kind, Pattern whole, Pattern one) {
    }

    private final List<Compiled> kinds = new ArrayList<>();
    private final Set<String> known;

    /** @param known every existing target as "kind/id" ("dive/5", "session/3.4") */
    public CrossReferences(List<RefKind> kinds, Set<String> known) {
        for (RefKind k : kinds) {
            String one = "(?:" + k.prefix().pattern() + ")?(" + k.id().pattern() + ")";
            String whole = "(?<![\\p{L}\\p{N}#.])(?:" + k.prefix().pattern() + ")(?:" + k.id().pattern() + ")(?:" + JOIN
                    + "(?:" + k.prefix().pattern() + ")?(?:" + k.id().pattern() + "))*(?![\\p{L}\\p{N}]|\\.\\d)";
            this.kinds.add(new Compiled(k, Pattern.compile(whole), Pattern.compile(one)));
        }
        this.known = Set.copyOf(known);
    }

    public static CrossReferences none() {
        return new CrossReferences(List.of(), Set.of());
    }

    boolean isEmpty() {
        return kinds.isEmpty();
    }

    /** Links the references in {@code body}; {@code markdown} is the source, to find a bad reference's line. */
    void link(Element body, String markdown, Markdown.Source source, Problems problems) {
        for (Compiled c : kinds) {
            TextNodes.replace(body, NOT_LINKED, c.whole(),
                    run -> links(c, run.group(), markdown, source, problems));
        }
    }

    /** One run of references ("CD3–4"): a link per id, the separators as text; an unknown id is reported. */
    private List<Node> links(Compiled c, String run, String markdown, Markdown.Source source, Problems problems) {
        List<Node> out = new ArrayList<>();
        Matcher one = c.one().matcher(run);
        int pos = 0;
        while (one.find()) {
            out.add(new TextNode(run.substring(pos, one.start())));
            String id = one.group(1);
            String target = c.kind().name() + "/" + id;
            if (known.contains(target)) {
                out.add(new Element("a").attr("href", SCHEME + target).addClass("xref").text(one.group()));
            } else {
                problems.error(source.file(), source.firstLine() + lineOf(markdown, run), 0,
                        "the reference \"" + one.group() + "\" points to nothing: no page has " + c.kind().field()
                                + " " + id + (c.kind().section().isEmpty() ? "" : " in " + c.kind().section()),
                        "correct the reference, or give the page it means '" + c.kind().field() + ": " + id + "'");
                out.add(new TextNode(one.group()));
            }
            pos = one.end();
        }
        out.add(new TextNode(run.substring(pos)));
        return out;
    }

    /** The 0-based line of the first line of {@code markdown} that holds {@code text} (0 when not found). */
    private static int lineOf(String markdown, String text) {
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(text)) return i;
        return 0;
    }
}
