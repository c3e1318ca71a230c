package org.dossier.browser;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dossier.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The print edition printed by headless Chromium: the PDF of {@code /<lang>/print/} holds every section heading of
 * the page (h1–h3), and the print stylesheet applies in print media: no site furniture, URLs after external links
 * only, each part of the edition on a new page.
 */
class PrintBrowserTest extends OnTheBuiltBrief {

    @AfterEach
    void screenAgain() {
        b.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "it", "fr", "de", "es"})
    void thePdfHoldsEverySectionHeading(String lang) throws IOException {
        Document html = Jsoup.parse(TestSites.read(site.out.resolve(lang + "/print/index.html")));
        List<String> headings = html.select("main h1, main h2, main h3").eachText();
        assertTrue(headings.size() > 40, lang + ": headings on the print page: " + headings.size());

        b.open(site.http(lang + "/print/"));
        // printed only once the whole page is read (a print of a page still loading, seen once in a few runs, came
        // out as a PDF of its first part, or failed)
        b.waiting().until(d -> Boolean.TRUE.equals(b.js("return document.readyState === 'complete'"
                + " && document.querySelectorAll('main h1, main h2, main h3').length === arguments[0]", headings.size())));
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0)); // A4, in cm
        byte[] pdf = Base64.getDecoder().decode(b.driver.print(options).getContent());
        String text;
        int pages;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pages = doc.getNumberOfPages();
            text = flat(new PDFTextStripper().getText(doc));
        }
        List<String> missing = new ArrayList<>();
        for (String h : headings) if (!text.contains(flat(h))) missing.add(h);
        assertEquals(List.of(), missing, lang + ": headings of the print page missing from its PDF (" + pages
                + " pages, " + pdf.length / 1024 + " KB)");
        assertTrue(pages > 20, lang + ": the whole brief is more than a few pages: " + pages);
        System.out.printf("print edition %s: %d headings (h1-h3), PDF of %d A4 pages, %d KB%n", lang, headings.size(),
                pages, pdf.length / 1024);
    }

    @Test
    void thePrintStylesheetLeavesOutTheSiteFurnitureAndPrintsExternalAddresses() {
        b.open(site.http("en/print/"));
        String external = "main a[href^='http']:not([data-site-link])";
        assertEquals("none", after(external), "on screen, no address after external links");
        b.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        for (String furniture : List.of(".site-nav", ".search-box", ".theme-toggle", ".skip-link", ".breadcrumb",
                ".print-hint")) {
            assertEquals("none", style(furniture, "display"), furniture + " is not printed");
        }
        String href = (String) b.js("return document.querySelector(arguments[0]).getAttribute('href')", external);
        assertTrue(after(external).contains(href), "an external link prints its address: " + after(external));
        assertEquals("none", after("main a[href^='#']"), "an in-page link prints no address");
        assertEquals("none", after("main a[data-site-link]"), "a link to a page of the site (a city) prints no address");
        assertEquals("page", style(".print-part", "break-before"), "each part starts on a new page");
        assertEquals("avoid", style(".print-page h2", "break-after"), "a heading stays with what follows");
        assertEquals("avoid", style("figure.quote", "break-inside"), "a quote is not split across pages");
        assertEquals("rgb(0, 0, 0)", style(".print-page p:not([class])", "color"), "black text");

        b.open(site.http("en/tracks/innovative-finance/"));
        for (String furniture : List.of(".site-nav", ".search-box", ".lang-switch", ".pager", ".breadcrumb", ".toc")) {
            assertEquals("none", style(furniture, "display"), furniture + " is not printed on a page of the site");
        }
        assertEquals("avoid", style(".key-message, .recommendation", "break-inside"));
    }

    private String style(String css, String property) {
        return (String) b.js("var e = document.querySelector(arguments[0]);"
                + " return e ? getComputedStyle(e).getPropertyValue(arguments[1]) : 'missing: ' + arguments[0];", css, property);
    }

    private String after(String css) {
        return (String) b.js("var e = document.querySelector(arguments[0]);"
                + " return e ? getComputedStyle(e, '::after').content : 'missing: ' + arguments[0];", css);
    }

    /** Text for comparison: letters and digits only, so that line breaks and hyphenation do not matter. */
    static String flat(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
