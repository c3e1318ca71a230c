package org.dossier.brief;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sharing and discovery, on every page of every language: a title and description, the canonical address, Open
 * Graph and Twitter card tags, the favicon and theme colour; JSON-LD for the report and its event on each home page.
 */
class SharingTest {

    private static final String BASE = "https://brief.example.org/";

    @Test
    void everyPageCanBeSharedAndFound() {
        BriefSite site = BriefSite.get();
        List<String> problems = new ArrayList<>();
        for (String lang : BriefSite.LANGUAGES) {
            for (String path : site.pages(lang)) {
                if (path.endsWith("404.html")) continue; // not a page to share: no canonical address
                Document doc = site.page(path);
                String url = BASE + path.replaceFirst("index\\.html$", "");
                check(problems, path, "title", doc.title());
                check(problems, path, "description", doc.select("meta[name=description]").attr("content"));
                for (String p : List.of("og:title", "og:description", "og:type", "og:site_name", "og:locale")) {
                    check(problems, path, p, doc.select("meta[property=" + p + "]").attr("content"));
                }
                String canonical = doc.select("link[rel=canonical]").attr("href");
                if (!canonical.startsWith(BASE)) problems.add(path + ": canonical address '" + canonical + "'");
                if (!doc.select("meta[property=og:url]").attr("content").equals(canonical)) {
                    problems.add(path + ": og:url is not the canonical address");
                }
                if (!doc.select("html").attr("lang").equals(lang)) problems.add(path + ": html lang is not " + lang);
                boolean fallback = !doc.select(".fallback-notice").isEmpty(); // canonical: the page it shows
                if (!fallback && !canonical.equals(url)) problems.add(path + ": canonical " + canonical + " is not " + url);
                check(problems, path, "twitter:card", doc.select("meta[name=twitter:card]").attr("content"));
                check(problems, path, "theme-color", doc.select("meta[name=theme-color]").attr("content"));
                String icon = doc.select("link[rel=icon]").attr("href");
                if (icon.isEmpty() || !Files.isRegularFile(site.out.resolve(path).getParent().resolve(icon).normalize())) {
                    problems.add(path + ": favicon '" + icon + "' is missing");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachHomePageDescribesTheReportAndTheEventInItsLanguage() {
        BriefSite site = BriefSite.get();
        for (String lang : BriefSite.LANGUAGES) {
            Document doc = site.page(lang + "/index.html");
            var blocks = doc.select("script[type=application/ld+json]");
            assertEquals(1, blocks.size(), lang + ": one JSON-LD block");
            Map<String, Object> report = new Json().toType(blocks.first().data(), Map.class);
            assertEquals("https://schema.org", report.get("@context"));
            assertEquals("Report", report.get("@type"));
            assertEquals(doc.select("h1").text(), report.get("name"), lang + ": the report is named as the page");
            String textLang = doc.select(".fallback-notice").isEmpty() ? lang : "en"; // a fallback shows English
            assertEquals(textLang, report.get("inLanguage"), lang + ": the language of the report's text");
            assertEquals(BASE + lang + "/", report.get("url"));
            Map<String, Object> event = (Map<String, Object>) report.get("about");
            assertEquals("Event", event.get("@type"));
            assertEquals(doc.select(".hero .eyebrow").text(), event.get("name"), lang + ": the event as the page names it");
            assertEquals("Torino", ((Map<String, Object>) event.get("location")).get("name"));
        }
        assertTrue(site.page("en/editorial/index.html").select("script[type=application/ld+json]").isEmpty(),
                "only home pages describe the report");
    }

    private static void check(List<String> problems, String path, String what, String value) {
        if (value == null || value.isBlank()) problems.add(path + ": no " + what);
    }
}
