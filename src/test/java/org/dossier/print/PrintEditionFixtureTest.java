package org.dossier.print;

import org.dossier.TestSites;
import org.dossier.pipeline.BuildResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The print edition of the small fixture site, whose theme gets a print template, and the {@code print} setting. */
class PrintEditionFixtureTest {

    @TempDir
    Path tmp;

    private Path site(String printSetting) {
        Path site = TestSites.copy("basic", tmp);
        TestSites.write(site.resolve("themes/plain/templates/print.ftl"), "<#import \"partials/frame.ftl\" as f>\n"
                + "<@f.frame><h1>${home.title}</h1><nav aria-label=\"contents\" data-print-toc></nav>"
                + "<div data-print-parts></div></@f.frame>\n");
        Path yaml = site.resolve("content/site.yaml");
        TestSites.write(yaml, TestSites.read(yaml) + printSetting);
        return site;
    }

    @Test
    void printsTheChosenSectionsInReadingOrderOnOnePage() {
        Path site = site("print:\n  sections: [guide, about]\n");
        BuildResult r = TestSites.build(site, tmp.resolve("out"));
        assertTrue(r.ok(), () -> r.problems().toString());
        Document doc = Jsoup.parse(TestSites.read(tmp.resolve("out/en/print/index.html")));

        // the navigation's order (About has weight 1, Guide 2), children after their section; Notes not chosen
        assertEquals(List.of("about", "guide", "guide-first", "guide-second"), doc.select("section.print-page").eachAttr("id"));
        assertEquals(2, doc.select("div.print-part").size(), "one part per top-level section");
        assertEquals(List.of("h1 Fixture Home", "h2 About", "h3 Košice & Malmö — “quotes”", "h3 Košice & Malmö — “quotes”",
                        "h2 Guide", "h3 First step", "h3 Second step"),
                doc.select("h1, h2, h3, h4, h5, h6").stream().map(h -> h.tagName() + " " + h.text()).toList());
        assertEquals("about--title", doc.selectFirst("#about").attr("aria-labelledby"));
        assertTrue(doc.getElementById("about--custom-id") != null, "ids are prefixed with their page's anchor");
        assertTrue(doc.getElementById("about--kosice-malmo-quotes-2") != null);

        Element main = doc.selectFirst("main");
        assertEquals("#guide", main.selectFirst("a:contains(the guide)").attr("href"), "a link to a printed page stays on the page");
        assertEquals("#guide-second", main.selectFirst("#guide-first a[rel=next]").attr("href"));
        assertEquals("https://example.org/x", main.selectFirst("a:contains(example.org/x)").attr("href"));
        for (Element a : main.select("a[href]")) {
            String href = a.attr("href");
            assertTrue(href.startsWith("#") ? doc.getElementById(href.substring(1)) != null : href.startsWith("http"),
                    "a link that stays on the page leads to an id: " + a.outerHtml());
        }
        assertFalse(main.text().contains("Notes."), "the Notes section is not printed");
        assertEquals(List.of("#about", "#guide", "#guide-first", "#guide-second"),
                doc.select("nav a[href^=#]").eachAttr("href"), "the table of contents lists every printed page");
        assertTrue(Files.exists(tmp.resolve("out/en/guide/step-two/index.html")), "the site is built as always");
    }

    @Test
    void withoutTheSettingEverySectionIsPrinted() {
        BuildResult r = TestSites.build(site(""), tmp.resolve("out"));
        assertTrue(r.ok(), () -> r.problems().toString());
        Document doc = Jsoup.parse(TestSites.read(tmp.resolve("out/en/print/index.html")));
        assertEquals(List.of("about", "guide", "guide-first", "guide-second", "notes", "notes-special"),
                doc.select("section.print-page").eachAttr("id"));
    }

    @Test
    void printFalseTurnsTheEditionAndItsLinksOff() {
        Path site = TestSites.multilingual(tmp); // the default theme, which links every page to the print edition
        BuildResult on = TestSites.build(site, tmp.resolve("on"));
        assertTrue(on.ok(), () -> on.problems().toString());
        assertTrue(Files.exists(tmp.resolve("on/it/print/index.html")));
        assertFalse(Jsoup.parse(TestSites.read(tmp.resolve("on/en/index.html"))).select(".print-link a").isEmpty());

        Path yaml = site.resolve("content/site.yaml");
        TestSites.write(yaml, TestSites.read(yaml) + "print: false\n");
        BuildResult off = TestSites.build(site, tmp.resolve("off"));
        assertTrue(off.ok(), () -> off.problems().toString());
        assertFalse(Files.exists(tmp.resolve("off/en/print")));
        assertTrue(Jsoup.parse(TestSites.read(tmp.resolve("off/en/index.html"))).select(".print-link").isEmpty(),
                "no link to an edition that is not there");
    }

    @Test
    void aThemeWithoutAPrintTemplateHasNoPrintEdition() {
        BuildResult r = TestSites.build(TestSites.copy("basic", tmp), tmp.resolve("out"));
        assertTrue(r.ok(), () -> r.problems().toString());
        assertFalse(Files.exists(tmp.resolve("out/en/print")));
    }

    @Test
    void aWrongPrintSettingIsAnErrorThatSaysWhatToWrite() {
        for (String[] c : List.of(
                new String[]{"print:\n  section: [guide]\n", "content/site.yaml:10:1: error: unknown print setting"
                        + " 'section' — did you mean 'sections'?"},
                new String[]{"print:\n  sections: [guide, note]\n", "content/site.yaml:10:1: error: the print edition"
                        + " names a section 'note' that is not in content/en/ — did you mean 'notes'?"},
                new String[]{"print: [guide]\n", "content/site.yaml:10:1: error: 'print' must be a mapping — write e.g."
                        + " print: {sections: [editorial, plenaries, tracks]}, or print: false"},
                new String[]{"print:\n  sections: guide\n", "error: 'print: sections' must be a list"})) {
            Path dir = tmp.resolve("case" + c[0].hashCode());
            Path site = TestSites.copy("basic", dir);
            TestSites.write(site.resolve("content/site.yaml"), TestSites.read(site.resolve("content/site.yaml")) + c[0]);
            TestSites.Run run = TestSites.cli("check", "--site", site.toString());
            assertEquals(1, run.code(), run.err());
            assertTrue(run.err().contains(c[1]), () -> "expected «" + c[1] + "» in:\n" + run.err());
        }
    }
}
