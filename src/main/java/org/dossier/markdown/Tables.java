package org.dossier.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import org.jetbrains.annotations.NotNull;

import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Flexmark's GFM tables, made by Flexmark's own code, with two costs taken out of every page: its paragraph
 * pre-processor is made once per parser, not per document (each one compiles the separator line's regular
 * expression), and it is asked only about paragraphs with a {@code |} in them (a table's first line has one; the
 * pre-processor itself looked for it character by character through Flexmark's sequences, for every paragraph).
 */
final class Tables implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final TablesExtension tables = (TablesExtension) TablesExtension.create();

    @Override
    public void parserOptions(MutableDataHolder options) {
        tables.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new Factory());
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
        tables.rendererOptions(options);
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        tables.extend(builder, rendererType);
    }

    private static final class Factory implements ParagraphPreProcessorFactory {
        private final ParagraphPreProcessorFactory flexmark = TableParagraphPreProcessor.Factory();
        /** Flexmark's pre-processor: it keeps only the parser's options and a pattern, so documents share it. */
        private final AtomicReference<ParagraphPreProcessor> shared = new AtomicReference<>();

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            ParagraphPreProcessor tables = shared.updateAndGet(p -> p != null ? p : flexmark.apply(state));
            return (Paragraph block, ParserState s) -> !Slice.of(block.getChars()).holds('|') ? 0 : tables.preProcessBlock(block, s);
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return flexmark.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return flexmark.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return flexmark.affectsGlobalScope();
        }
    }
}
