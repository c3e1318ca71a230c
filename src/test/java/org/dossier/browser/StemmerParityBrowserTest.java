package org.dossier.browser;

import org.dossier.TestSites;
import org.dossier.search.Stemmer;
import org.dossier.search.Text;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The index is made in Java and queried in JavaScript: both must cut words, fold and stem them alike. Runs the
 * browser's search.js over every word of the built brief (English and Italian) and lists of French, German and
 * Spanish words, with every stemmer, and compares with org.dossier.search.
 */
class StemmerParityBrowserTest extends OnTheBuiltBrief {

    /** Words of the languages the brief has no text in yet: plurals, verb forms, derived nouns, accents. */
    static final String FR = "financement financements financer financée financées financier financière financières"
            + " villes ville énergie énergies énergétique transition transitions investissement investissements"
            + " investisseur investisseurs locaux local marchés marché publics publiques durable durables sécurité"
            + " citoyens citoyennes participation participations transformation transformer rénovation bâtiments"
            + " chaleur réseaux réseau mobilité européenne européens élus collectivités stratégie stratégies travaux";
    static final String DE = "Städte Stadt Städten Finanzierung Finanzierungen finanzieren Klimaneutralität Bürger"
            + " Bürgern Bürgerinnen Energie Energien Wärme Wärmenetze Netze Projekte Projekten Projekts Ländern Land"
            + " Beschaffung öffentlichen öffentliche Straße Straßen Gemeinden Gemeinde Verwaltung Verwaltungen"
            + " Investitionen nachhaltig nachhaltige Mobilität Gebäude Sanierung Möglichkeiten Möglichkeit"
            + " Zusammenarbeit Wirtschaft Kommunen Partnerschaften Partnerschaft Klimaschutz größten";
    static final String ES = "ciudades ciudad financiación financiar financiamiento financieros inversiones inversión"
            + " energía energías proyectos proyecto luces luz veces vez transición transiciones sostenibilidad"
            + " sostenible compras públicas públicos ciudadanos ciudadanas participación movilidad edificios"
            + " rehabilitación redes red europeos europea municipios gobernanza estrategias estrategia climáticas"
            + " actuando aprendiendo capacidades necesidades acciones";

    @BeforeAll
    static void openSearch() {
        b.open(site.file("en/search/index.html"));
        b.waiting().until(d -> Boolean.TRUE.equals(b.js("return !!window.DossierSearch;")));
    }

    static String text(String lang) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> s = Files.walk(BuiltBrief.get().out.resolve(lang))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                sb.append(Jsoup.parse(TestSites.read(p)).body().text()).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void wordsAreCutAndFoldedAlike() throws IOException {
        String tricky = "Košice, Malmö, Pécs, Straße, Łódź, Ærø, İstanbul, Þingvellir, ﬁnance, CO₂, Session 1.1, 3,5 %,"
                + " l'innovazione, dell’Europa, ΣΟΦΟΣ, Москва, 東京, e\u0301te\u0301, naïve café — x y 7";
        List<String> texts = List.of(tricky, text("en"), text("it"));
        for (String t : texts) {
            assertEquals(Text.words(t), b.js("return DossierSearch.words(arguments[0]);", t));
        }
    }

    @Test
    void everyStemmerStemsEveryWordAlike() throws IOException {
        TreeSet<String> words = new TreeSet<>();
        words.addAll(Text.words(text("en")));
        words.addAll(Text.words(text("it")));
        words.addAll(Text.words(FR + " " + DE + " " + ES));
        List<String> list = new ArrayList<>(words);
        assertTrue(list.size() > 3000, "a real word list: " + list.size());
        for (String lang : List.of("en", "it", "fr", "de", "es", "pt")) {
            List<String> java = list.stream().map(w -> Stemmer.stem(lang, w)).toList();
            @SuppressWarnings("unchecked")
            List<String> js = (List<String>) b.js("var l = arguments[0];"
                    + " return arguments[1].map(function (w) { return DossierSearch.stem(l, w); });", lang, list);
            List<String> differ = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                if (!java.get(i).equals(js.get(i))) differ.add(list.get(i) + ": java " + java.get(i) + ", js " + js.get(i));
            }
            assertEquals(List.of(), differ, lang + " stems differ");
        }
    }
}
