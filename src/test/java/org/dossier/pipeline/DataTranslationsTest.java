package org.dossier.pipeline;

import org.dossier.TestSites;
import org.dossier.problems.Problem;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Translated data: content/&lt;lang&gt;/_data/&lt;file&gt;.yaml gives a language's text of the fields site.yaml's
 * data_pages names in {@code translate}; what it lacks shows the default language's text, marked with its language.
 */
class DataTranslationsTest {

    @TempDir
    Path tmp;

    /** The two-language fixture with a cities and a people data file, and their Italian translation. */
    Path site(String italianPeople) {
        Path site = TestSites.multilingual(tmp);
        TestSites.write(site.resolve("content/site.yaml"), TestSites.read(site.resolve("content/site.yaml"))
                + "data_pages:\n  cities: {data: cities, key: name, translate: [name]}\n"
                + "  speakers: {data: speakers, key: name, translate: [role, organisation]}\n");
        TestSites.write(site.resolve("content/_data/cities.yaml"), """
                - {name: Milan, country: Italy, aliases: [Milano]}
                - {name: The Hague, country: Netherlands, aliases: [Den Haag]}
                - {name: Sarajevo, country: Bosnia and Herzegovina}
                """);
        TestSites.write(site.resolve("content/_data/speakers.yaml"), """
                - {name: Ada Rossi, role: Deputy Mayor of Milan, organisation: City of Milan}
                - {name: Bo Berg, role: Researcher}
                """);
        TestSites.write(site.resolve("content/it/_data/cities.yaml"), """
                Milan: {name: Milano}
                The Hague: {name: "L'Aia", aliases: [Aia]}
                Sarajevo: {name: Sarajevo}
                """);
        TestSites.write(site.resolve("content/it/_data/speakers.yaml"), italianPeople);
        TestSites.write(site.resolve("content/it/guide/intro.md"), TestSites.read(site.resolve("content/it/guide/intro.md"))
                + "\nUn progetto dell'Aia e uno di Milano.\n");
        return site;
    }

    static final String PEOPLE = """
            Ada Rossi:
              role: Vicesindaca di Milano
              organisation: Comune di Milano
            Bo Berg: {}
            """;

    @Test
    void translatedFieldsShowAndMissingOnesFallBackMarked() {
        Path site = site(PEOPLE);
        BuildResult r = TestSites.build(site, tmp.resolve("out"));
        assertTrue(r.ok(), r.problems().toString());
        Document ada = TestSites.html(tmp.resolve("out/it/speakers/ada-rossi/index.html"));
        assertEquals("Vicesindaca di Milano", ada.selectFirst("dd").text());
        assertEquals("", ada.selectFirst("dd").attr("lang"), "translated: in the page's language");
        Document bo = TestSites.html(tmp.resolve("out/it/speakers/bo-berg/index.html"));
        assertEquals("Researcher", bo.selectFirst("dd").text());
        assertEquals("en", bo.selectFirst("dd").attr("lang"), "not translated: the English text, marked");
        Document milan = TestSites.html(tmp.resolve("out/it/cities/milan/index.html"));
        assertEquals("Milano", milan.selectFirst("h1").text(), "the city's Italian name; the address stays");
        assertTrue(milan.text().contains("Milan"), "the English name is kept as another spelling");
        assertEquals("Bosnia ed Erzegovina", TestSites.html(tmp.resolve("out/it/cities/sarajevo/index.html"))
                .selectFirst(".eyebrow").text(), "the country in Italian, though the JDK spells it 'Bosnia & Herzegovina'");
        assertEquals("Bosnia and Herzegovina", TestSites.html(tmp.resolve("out/en/cities/sarajevo/index.html"))
                .selectFirst(".eyebrow").text());
    }

    @Test
    void aTranslatedNameIsAMentionOfItsCity() {
        Path site = site(PEOPLE);
        assertTrue(TestSites.build(site, tmp.resolve("out")).ok());
        Document hague = TestSites.html(tmp.resolve("out/it/cities/the-hague/index.html"));
        assertFalse(hague.select("main a[href*=introduzione]").isEmpty(), "'dell'Aia' names L'Aia: " + hague.select("main"));
        Document intro = TestSites.html(tmp.resolve("out/it/guida/introduzione/index.html"));
        assertTrue(intro.select("main p[id]").size() > 0, "the paragraph that names it can be linked to");
    }

    @Test
    void problemsNameTheTranslationFileAndLine() {
        Path site = site("""
                Ada Rossi:
                  role: Vicesindaca di Milano
                  phone: 123
                Ada Rosi: {role: x}
                """);
        BuildResult r = TestSites.build(site, tmp.resolve("out"));
        assertTrue(r.ok(), "warnings only");
        List<String> warnings = r.problems().stream().map(Problem::format).toList();
        assertTrue(warnings.contains("content/it/_data/speakers.yaml:1:1: warning: 'phone' of speakers is not translated"
                + " — the translatable fields are role, organisation (site.yaml data_pages.speakers.translate)"), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("content/it/_data/speakers.yaml:4:1: warning:"
                + " content/_data/speakers.yaml has no entry 'Ada Rosi' — did you mean 'Ada Rossi'?")), warnings.toString());
    }

    @Test
    void theStatusReportCountsDataAndStampsMakeItStale() {
        Path site = site("Ada Rossi: {role: Vicesindaca di Milano}\n");
        String json = TestSites.cli("i18n", "--site", site.toString(), "--json").out();
        assertTrue(json.contains("\"dataFields\":6,\"missingData\":[\"speakers: Ada Rossi (organisation)\","
                + "\"speakers: Bo Berg (role)\"],\"staleData\":[],\"unstampedData\":[\"cities: Milan\",\"cities: The Hague\","
                + "\"cities: Sarajevo\",\"speakers: Ada Rossi\"]"), json);

        assertEquals(0, TestSites.cli("i18n", "--site", site.toString(), "--stamp").code());
        String stamped = TestSites.read(site.resolve("content/it/_data/speakers.yaml"));
        assertTrue(stamped.startsWith("Ada Rossi: {role: Vicesindaca di Milano}\n\n# _translated_from:"), stamped);
        assertTrue(TestSites.cli("i18n", "--site", site.toString(), "--json").out().contains("\"staleData\":[],\"unstampedData\":[]"));
        assertEquals(0, TestSites.cli("i18n", "--site", site.toString(), "--stamp").code());
        assertEquals(stamped, TestSites.read(site.resolve("content/it/_data/speakers.yaml")), "stamping twice changes nothing");

        Path people = site.resolve("content/_data/speakers.yaml");
        TestSites.write(people, TestSites.read(people).replace("Deputy Mayor of Milan", "Mayor of Milan"));
        assertTrue(TestSites.cli("i18n", "--site", site.toString(), "--json").out()
                .contains("\"staleData\":[\"speakers: Ada Rossi\"]"), "the source changed: the translation is stale");
        TestSites.write(people, TestSites.read(people).replace("Bo Berg, role: Researcher", "Bo Berg, role: Researcher, city: Oslo"));
        assertTrue(TestSites.cli("i18n", "--site", site.toString(), "--json").out()
                .contains("\"staleData\":[\"speakers: Ada Rossi\"]"), "a field that is not translated does not make it stale");
    }
}
