package org.dossier.markdown;

import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dossier's autolinks make exactly what Flexmark's autolink extension makes, only faster. */
class AutolinksTest {

    private static String html(Extension autolinks, String markdown) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), autolinks, TypographicExtension.create()));
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    /** Pieces of text around and inside addresses: schemes, www, e-mail, entities, escapes, typography. */
    private static final List<String> PIECES = List.of("https://example.eu/a", "http://x.org", "ftp://f.io/x", "www.cities.eu",
            "WWW.Cities.EU", "wWw.x.eu", "ww", "w", "W", "mailto:a@b.eu", "info@netzerocities.eu", "o'brien@city.ie", "a@b",
            "&#64;", "&#x40;", "&amp;", "&#119;", "&#58;", "&#47;", "http:", "https:/", "\\:", "\\@", "\\", ":", "//", ".", "/", "'", "\"", "--", "---", "...",
            "<<", ">>", " ", " ", "  ", "\n", "\n\n", "word", "Torino", "Košice", "`code http://c.eu`", "*", "_", "**b**",
            "[link](https://l.eu)", "[text](#)", "<https://angle.eu>", "(", ")", "|", "- ", "> ", "1. ", "#");

    @Test
    void randomTextsRenderAsWithFlexmarksAutolinks() {
        Random random = new Random(20261202);
        int withLinks = 0;
        for (int c = 0; c < 5000; c++) {
            StringBuilder md = new StringBuilder();
            for (int i = random.nextInt(30); i >= 0; i--) md.append(PIECES.get(random.nextInt(PIECES.size())));
            String expected = html(AutolinkExtension.create(), md.toString());
            assertEquals(expected, html(new Autolinks(), md.toString()), "case " + c + ": " + md);
            if (expected.contains("<a href")) withLinks++;
        }
        assertTrue(withLinks > 1000, "the cases hold links: " + withLinks);
    }

    @Test
    void textWithoutAnyAddressIsLeftAlone() {
        String md = "Cities 'net zero' -- the plan... \"quoted\" and www-like ww.x but no address.";
        assertEquals(html(AutolinkExtension.create(), md), html(new Autolinks(), md));
        assertEquals("<p>See <a href=\"http://www.cities.eu\">www.cities.eu</a> and <a href=\"mailto:o'brien@city.ie\">"
                + "o'brien@city.ie</a>.</p>\n", html(new Autolinks(), "See www.cities.eu and o'brien@city.ie."));
    }
}
