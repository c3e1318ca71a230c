package org.dossier.links;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MentionsTest {

    private final Mentions mentions = new Mentions(List.of(
            new Mentions.Target("cities/torino", List.of("Torino", "Turin", "Turin's")),
            new Mentions.Target("cities/torino-metro", List.of("Torino Metropolitan City")),
            new Mentions.Target("cities/reggio", List.of("Reggio d'Émilie")),
            new Mentions.Target("cities/st-gallen", List.of("St. Gallen (CH)")),
            new Mentions.Target("people/emoji", List.of("Ana 𝔸")),
            new Mentions.Target("cities/kosice", List.of("Košice", "Kosice"))));

    private List<String> targets(String text) {
        return mentions.find(text).stream().map(Mentions.Mention::target).toList();
    }

    @Test
    void theLongestNameWinsAndNamesAreWholeWords() {
        assertEquals(List.of("cities/torino-metro"), targets("Torino Metropolitan City signed."));
        assertEquals(List.of("cities/torino"), targets("Torino Metropolitan area, Turin's plan"));
        assertEquals(List.of(), targets("Torinos and Turing and xKosice"));
        assertEquals(List.of("cities/kosice", "cities/torino"), targets("Košice, then Kosice, then Turin."));
    }

    @Test
    void apostrophesOfEitherKindAndCharactersRegularExpressionsUseMatch() {
        assertEquals(List.of("cities/reggio"), targets("In Reggio d’Émilie"));
        assertEquals(List.of("cities/reggio"), targets("In Reggio d'Émilie"));
        assertEquals(List.of("cities/st-gallen"), targets("St. Gallen (CH) and StX Gallen (CH)"));
        assertEquals(List.of("people/emoji"), targets("with Ana 𝔸 today"));
        assertEquals("<p>In <a href=\"dossier:cities/torino-metro\">Torino Metropolitan City</a>, not Torinos</p>",
                mentions.link("<p>In Torino Metropolitan City, not Torinos</p>"));
    }

    @Test
    void theTreeOfNamesIsTheSameLanguageAsTheList() {
        assertEquals("(?:T(?:orino|urin)|a)", Mentions.alternatives(List.of("Turin", "a", "Torino")));
        assertEquals("Turin(?:'s|)", Mentions.alternatives(List.of("Turin", "Turin's")).replace("['’]", "'"));
        assertEquals(true, Pattern.compile(Mentions.alternatives(List.of("a.b"))).matcher("a.b").matches());
        assertEquals(false, Pattern.compile(Mentions.alternatives(List.of("a.b"))).matcher("axb").matches());
    }
}
