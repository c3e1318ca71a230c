package org.dossier.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextAndStemmerTest {

    /** Letters of several scripts, digits of several kinds, marks, separators, decimal points, surrogates. */
    private static final String[] PIECES = {"a", "Z", "é", "e\u0301", "\u0301", "ß", "Ł", "ς", "中", "𝐀", "😀", "\ud800",
            "\udc00", "0", "7", "\u0663", "²", "Ⅻ", "½", ".", ",", "..", ",5", ".1", "-", "’", "'", " ", "\u00a0", "\n", "_",
            "1.1", "3,5", "2026", "x.y", "CO₂"};

    @Test
    void wordsAreFoundAsTheRegularExpressionFindsThem() {
        java.util.Random random = new java.util.Random(20261207);
        for (int c = 0; c < 20000; c++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(16); i >= 0; i--) text.append(PIECES[random.nextInt(PIECES.length)]);
            List<String> expected = new java.util.ArrayList<>();
            java.util.regex.Matcher m = Text.WORD.matcher(text);
            while (m.find()) expected.add(m.group());
            assertEquals(expected, Text.split(text.toString()), "case " + c + ": " + text);
        }
    }

    @Test
    void foldingIgnoresCaseAndAccents() {
        assertEquals("kosice", Text.fold("Košice"));
        assertEquals("malmo", Text.fold("Malmö"));
        assertEquals("pecs", Text.fold("Pécs"));
        assertEquals("strasse", Text.fold("Straße"));
        assertEquals("lodz", Text.fold("Łódź"));
        assertEquals("aero", Text.fold("Ærø"));
        assertEquals("istanbul", Text.fold("İstanbul"));
        assertEquals("finance", Text.fold("ﬁnance"));
    }

    @Test
    void wordsKeepDecimalsAndDropSingleLetters() {
        assertEquals(List.of("session", "1.1", "and", "3,5", "innovazione", "co2", "7"),
                Text.words("Session 1.1 and 3,5 — l'innovazione, CO₂ x 7."));
        assertEquals(List.of("l", "innovazione"), Text.allWords("l’innovazione"));
    }

    @Test
    void englishStemsPluralsAndCommonSuffixes() {
        assertEquals(Stemmer.stem("en", "bond"), Stemmer.stem("en", "bonds"));
        assertEquals(Stemmer.stem("en", "city"), Stemmer.stem("en", "cities"));
        assertEquals("financ", Stemmer.stem("en", "financing"));
        assertEquals("financ", Stemmer.stem("en", "finance"));
        assertEquals("financ", Stemmer.stem("en", "financed"));
        assertTrue(Stemmer.stem("en", "procurement").startsWith("procur"));
        assertEquals(Stemmer.stem("en", "procure"), Stemmer.stem("en", "procurement"));
        assertEquals(Stemmer.stem("en", "plan"), Stemmer.stem("en", "planning"));
        assertEquals(Stemmer.stem("en", "approach"), Stemmer.stem("en", "approaches"));
        assertEquals("bus", Stemmer.stem("en", "bus"));
        assertEquals(Stemmer.stem("en", "investment"), Stemmer.stem("en", "invest"));
    }

    @Test
    void italianFrenchGermanSpanish() {
        assertEquals(Stemmer.stem("it", "finanziamento"), Stemmer.stem("it", "finanziamenti"));
        assertEquals(Stemmer.stem("it", "finanziare"), Stemmer.stem("it", "finanziamenti"));
        assertEquals(Stemmer.stem("it", "banca"), Stemmer.stem("it", "banche"));
        assertEquals(Stemmer.stem("fr", "financement"), Stemmer.stem("fr", "financer"));
        assertEquals(Stemmer.stem("fr", Text.fold("financières")), Stemmer.stem("fr", "financement"));
        assertEquals(Stemmer.stem("fr", "locaux"), Stemmer.stem("fr", "local"));
        assertEquals(Stemmer.stem("de", Text.fold("Städte")), Stemmer.stem("de", "stadt"));
        assertEquals(Stemmer.stem("de", "finanzierungen"), Stemmer.stem("de", "finanzierung"));
        assertEquals(Stemmer.stem("es", "ciudades"), Stemmer.stem("es", "ciudad"));
        assertEquals(Stemmer.stem("es", Text.fold("financiación")), Stemmer.stem("es", "financiar"));
        assertEquals(Stemmer.stem("es", "luces"), Stemmer.stem("es", "luz"));
    }

    @Test
    void otherLanguagesAndNumbersAreLeftAsTheyAre() {
        assertEquals("cidades", Stemmer.stem("pt", "cidades"));
        assertEquals("1.1", Stemmer.stem("en", "1.1"));
        assertEquals("co2", Stemmer.stem("en", "co2"));
        assertEquals("москва", Stemmer.stem("en", "москва"));
        assertEquals(Stemmer.stem("en-GB", "bonds"), Stemmer.stem("en", "bonds"));
        assertNotEquals(Stemmer.stem("en", "city"), Stemmer.stem("en", "citizen"), "no over-stemming of short words");
    }
}
