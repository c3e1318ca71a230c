package org.dossier.markdown;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dossier's tables make exactly what Flexmark's tables extension makes, only faster; one parser serves many threads. */
class TablesTest {

    private static Parser parser(Extension tables) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(tables, TypographicExtension.create()));
        return Parser.builder(options).build();
    }

    private static String html(Parser parser, String markdown) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TypographicExtension.create()));
        return HtmlRenderer.builder(options).build().render(parser.parse(markdown));
    }

    /** Rows, separators, pipes in running text, code and escapes, inside quotes and lists, captions, references. */
    private static final List<String> PIECES = List.of("| a | b |", "|---|---|", "| --- | :-: |", "|:--|--:|", "a | b",
            "--- | ---", "-|-", "| x |", "|", "||", "\\|", "`a | b`", "[caption]", "> ", "> | q | r |", "- ", "1. ",
            "  ", "    ", "\t", "\n", "\n", "\n", "\n\n", "word", "Torino", "*em*", "**s**", "[ref]: https://r.eu\n",
            "[ref]", "---", "===", "# ", "```\n", "<div>", "\u0000", "&#124;", "'", "\"", "--");

    @Test
    void randomTextsParseAsWithFlexmarksTables() {
        Random random = new Random(20261207);
        Parser flexmark = parser(TablesExtension.create());
        Parser dossier = parser(new Tables());
        int tables = 0;
        for (int c = 0; c < 5000; c++) {
            StringBuilder md = new StringBuilder();
            for (int i = random.nextInt(40); i >= 0; i--) md.append(PIECES.get(random.nextInt(PIECES.size())));
            String expected = html(flexmark, md.toString());
            assertEquals(expected, html(dossier, md.toString()), "case " + c + ": " + md);
            if (expected.contains("<table>")) tables++;
        }
        assertTrue(tables > 200, "the cases hold tables: " + tables);
    }

    @Test
    void tablesAndPipesInTextOnManyThreads() {
        Parser dossier = parser(new Tables());
        String md = "Para with a | pipe.\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n> | q |\n> |---|\n> | r |\n\nNo pipe here.\n";
        String expected = html(parser(TablesExtension.create()), md);
        assertTrue(expected.contains("<table>") && expected.contains("a | pipe"), expected);
        AtomicInteger same = new AtomicInteger();
        IntStream.range(0, 2000).parallel().forEach(i -> {
            if (html(dossier, md).equals(expected)) same.incrementAndGet();
        });
        assertEquals(2000, same.get());
    }
}
