package org.dossier.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.parser.internal.BlockStartImpl;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

import java.util.List;
import java.util.Set;

/**
 * CommonMark's blocks, each tried only on a line whose first character can start it. Flexmark tries every block, each
 * through a regular expression, on every line that does not start with a letter: a list item, a table row, a bold
 * word; that was 7% of a 10,000-page build. Its seven core blocks are replaced by one factory that tries them in the
 * order Flexmark does (after the extensions' blocks, as before), asking first what their lines start with. The HTML is
 * the same (HtmlTreeTest holds it to Flexmark's own on the brief, the benchmark's pages and seeded texts).
 */
final class BlockStarts implements Parser.ParserExtension {

    /** Flexmark's switches for its core blocks, all turned off: {@link Core} tries them. */
    private static final List<DataKey<Boolean>> CORE = List.of(Parser.BLOCK_QUOTE_PARSER, Parser.HEADING_PARSER,
            Parser.FENCED_CODE_BLOCK_PARSER, Parser.HTML_BLOCK_PARSER, Parser.THEMATIC_BREAK_PARSER,
            Parser.LIST_BLOCK_PARSER, Parser.INDENTED_CODE_BLOCK_PARSER);

    /** A core block, and the characters its first line can start with (after the indent); null: any. */
    private record Block(CustomBlockParserFactory factory, String starts) {
    }

    /** In Flexmark's order (the order their dependencies give), with what each one's start tests first. */
    private static final List<Block> BLOCKS = List.of(new Block(new BlockQuoteParser.Factory(), ">"),
            new Block(new HeadingParser.Factory(), "#=-"), // ATX, or the underline of a setext heading
            new Block(new FencedCodeBlockParser.Factory(), "`~"), new Block(new HtmlBlockParser.Factory(), "<"),
            new Block(new ThematicBreakParser.Factory(), "*-_"), new Block(new ListBlockParser.Factory(), "-+*0123456789"),
            new Block(new IndentedCodeBlockParser.Factory(), null));

    @Override
    public void parserOptions(MutableDataHolder options) {
        for (DataKey<Boolean> key : CORE) options.set(key, false);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new Core());
    }

    private static final class Core implements CustomBlockParserFactory {
        @Override
        public @NotNull BlockParserFactory apply(@NotNull DataHolder options) {
            BlockParserFactory[] factories = new BlockParserFactory[BLOCKS.size()];
            for (int i = 0; i < factories.length; i++) factories[i] = BLOCKS.get(i).factory().apply(options);
            return (state, matched) -> tryStart(factories, state, matched);
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }

    /** What Flexmark's search for a block start does over the core blocks, skipping those the line cannot start. */
    private static BlockStart tryStart(BlockParserFactory[] factories, ParserState state, MatchedBlockParser matched) {
        BasedSequence line = state.getLine();
        int at = state.getNextNonSpaceIndex();
        char first = at < line.length() ? line.charAt(at) : '\n';
        for (int i = 0; i < factories.length; i++) {
            String starts = BLOCKS.get(i).starts();
            if (starts != null && starts.indexOf(first) < 0 || !matched.getBlockParser().canInterruptBy(factories[i])) continue;
            BlockStart start = factories[i].tryStart(state, matched);
            if (start instanceof BlockStartImpl) return start;
        }
        return BlockStart.none();
    }
}
