package org.dossier.i18n;

import org.dossier.problems.Problems;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** UI strings filled in with the theme's values: apostrophes as text, each string parsed once, on many threads. */
class TranslatorTest {

    private static final Language IT = new Language("it", "Italiano", "it-IT", "ltr", "d MMMM yyyy", Map.of(
            "page_of", "Pagina {0} di {1}", "not_yet", "Questa pagina non è ancora tradotta all'italiano",
            "count", "{0,number} città", "quoted", "L'{0} dell'anno", "broken", "Un {0 mai chiuso", "brace", "solo } qui"),
            Map.of("broken", 7));
    private static final Language EN = new Language("en", "English", "en", "ltr", "d MMMM yyyy", Map.of("only_en", "Only {0}"));

    @Test
    void stringsAreFilledInAsMessageFormatFillsThem() {
        Translator t = new Translator(IT, EN);
        assertEquals("Pagina 3 di 12", t.t("page_of", 3, 12));
        assertEquals("Questa pagina non è ancora tradotta all'italiano", t.t("not_yet", "Italiano"));
        assertEquals("L'evento dell'anno", t.t("quoted", "evento"));
        assertEquals("12.345 città", t.t("count", 12345));
        assertEquals("solo } qui", t.t("brace", 1));
        assertEquals("Only x", t.t("only_en", "x"));
        assertEquals("missing_key", t.t("missing_key", 1));
    }

    @Test
    void aStringThatCannotBeFilledInIsReportedOnEveryUse() {
        Translator t = new Translator(IT, EN);
        for (int i = 0; i < 2; i++) {
            Problems problems = new Problems();
            assertEquals("Un {0 mai chiuso", t.t(problems, "broken", 1));
            assertTrue(problems.all().stream().anyMatch(p -> p.isError() && p.line() == 7 && p.file().equals("i18n/it.yaml")),
                    problems.all().toString());
        }
    }

    @Test
    void threadsShareTheParsedStrings() {
        Translator t = new Translator(IT, EN);
        assertEquals(20000, IntStream.range(0, 20000).parallel()
                .filter(i -> t.t("page_of", i, i + 1).equals("Pagina " + String.format(java.util.Locale.ITALY, "%,d", i)
                        + " di " + String.format(java.util.Locale.ITALY, "%,d", i + 1))).count());
    }
}
