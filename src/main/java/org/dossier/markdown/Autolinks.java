package org.dossier.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.List;

/**
 * Flexmark's autolinks (bare {@code https://…} and {@code www.…} addresses, e-mail addresses) made the same way, by
 * Flexmark's own processor, but only for text that could hold one: the processor unescapes and scans every text
 * node of every page, which took a third of the parsing time, and almost no text holds a link. A run of text holds
 * none when it has no {@code :/} (a scheme's {@code ://}: both of Flexmark's URL scanners need it; a {@code :} that
 * ends a node counts too), no {@code @} (an e-mail), no {@code www} (either case) and nothing that unescapes into
 * one of them ({@code &} an entity, {@code \} an escape). The run is the text node and the text and
 * typographic nodes and entities after it up to a space, which the processor may join to it (an apostrophe inside an
 * address); scanning no further keeps the check linear in the paragraph.
 */
final class Autolinks implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /**
     * A document post-processor that visits the text nodes itself, in the order Flexmark's node post-processors do
     * (the document's order, skipping those taken into a link before their turn): as a node post-processor it made
     * Flexmark classify every node of every document first, a tenth of the time of parsing.
     */
    private static final class Factory extends DocumentPostProcessorFactory {
        @Override
        public DocumentPostProcessor apply(Document document) {
            AutolinkNodePostProcessor links = new AutolinkNodePostProcessor(document);
            return new DocumentPostProcessor() {
                @Override
                public Document processDocument(Document doc) {
                    List<Node> texts = new ArrayList<>();
                    for (Node n : doc.getDescendants()) if (n.getClass() == Text.class) texts.add(n);
                    for (Node n : texts) if (n.getParent() != null && mayHoldLink(n)) links.process(UNTRACKED, n);
                    return doc;
                }
            };
        }
    }

    /**
     * What the autolinks add or remove need not be told: a node post-processor of the same parser (the attributes')
     * has its nodes classified after a document post-processor has run.
     */
    private static final NodeTracker UNTRACKED = new NodeTracker() {
        @Override
        public void nodeAdded(Node node) {
        }

        @Override
        public void nodeAddedWithChildren(Node node) {
        }

        @Override
        public void nodeAddedWithDescendants(Node node) {
        }

        @Override
        public void nodeRemoved(Node node) {
        }

        @Override
        public void nodeRemovedWithChildren(Node node) {
        }

        @Override
        public void nodeRemovedWithDescendants(Node node) {
        }
    };

    static boolean mayHoldLink(Node node) {
        int ws = 0; // how many w (either case) the run ends with so far, across its nodes
        for (Node n = node; n instanceof Text || n instanceof TypographicText || n instanceof HtmlEntity;
             n = n.getNext()) {
            BasedSequence s = n.getChars();
            Slice slice = Slice.of(s);
            String text = slice.text();
            for (int i = slice.from(), to = slice.to(); i < to; i++) {
                char c = text.charAt(i);
                if (c == '@' || c == '&' || c == '\\' || c == ':' && (i + 1 == to || text.charAt(i + 1) == '/')) return true;
                ws = c == 'w' || c == 'W' ? ws + 1 : 0;
                if (ws == 3) return true;
            }
            // the processor joins no node across a space: what lies beyond is another run, checked from its own node
            Node next = n.getNext();
            if (s.isEmpty() || s.charAt(s.length() - 1) == ' ' || next == null || next.getChars().startsWith(" ")) break;
        }
        return false;
    }
}
