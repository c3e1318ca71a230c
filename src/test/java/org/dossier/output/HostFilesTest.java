package org.dossier.output;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostFilesTest {

    /** The rules of a _headers file, path → header lines, as Netlify and Cloudflare Pages read it. */
    static Map<String, List<String>> parse(String headers) {
        Map<String, List<String>> rules = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : headers.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            if (line.startsWith("  ")) {
                assertTrue(line.substring(2).matches("[A-Za-z-]+: \\S.*"), "a header line is 'Name: value': " + line);
                current.add(line.substring(2));
            } else {
                assertTrue(line.startsWith("/"), "a rule starts with a path: " + line);
                current = rules.computeIfAbsent(line, k -> new ArrayList<>());
            }
        }
        return rules;
    }

    @Test
    void headersAtTheDomainRoot() {
        Map<String, List<String>> rules = parse(HostFiles.headers("/", List.of("en", "it"),
                List.of("js/search.1a2b3c4d.js", "css/site.1234abcd.css")));
        List<String> all = rules.get("/*");
        assertTrue(all.contains("Content-Security-Policy: " + HostFiles.CSP));
        assertTrue(all.contains("X-Content-Type-Options: nosniff"));
        assertTrue(all.stream().anyMatch(h -> h.startsWith("Referrer-Policy: ")));
        assertTrue(all.stream().anyMatch(h -> h.startsWith("Permissions-Policy: camera=()")));
        assertEquals(List.of("Cache-Control: public, max-age=31536000, immutable"), rules.get("/css/site.1234abcd.css"));
        assertEquals(List.of("Cache-Control: public, max-age=31536000, immutable"), rules.get("/js/search.1a2b3c4d.js"));
        for (String html : List.of("/", "/index.html", "/404.html", "/en/*", "/it/*")) {
            assertEquals(List.of("Cache-Control: public, max-age=0, must-revalidate"), rules.get(html), html);
        }
        // Cloudflare joins the values of every matching rule: the site-wide rule must not set a cache lifetime
        assertTrue(all.stream().noneMatch(h -> h.startsWith("Cache-Control")));
    }

    @Test
    void headersUnderASubPath() {
        Map<String, List<String>> rules = parse(HostFiles.headers("/brief/", List.of("en"), List.of("css/site.1234abcd.css")));
        assertTrue(rules.containsKey("/brief/*"));
        assertTrue(rules.containsKey("/brief/css/site.1234abcd.css"));
        assertTrue(rules.containsKey("/brief/en/*"));
        assertTrue(rules.keySet().stream().allMatch(p -> p.startsWith("/brief/")), rules.keySet().toString());
    }

    @Test
    void theCspAllowsNoInlineCodeAndTheMetaFormLeavesOutWhatMetaIgnores() {
        assertFalse(HostFiles.CSP.contains("unsafe"));
        for (String d : List.of("default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
                "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'")) {
            assertTrue(HostFiles.CSP.contains(d), d);
        }
        assertFalse(HostFiles.CSP_META.contains("frame-ancestors"));
        assertTrue(HostFiles.CSP_META.startsWith("default-src 'self'; script-src 'self'"));
    }

    @Test
    void redirectsSendEachLanguageToItsOwn404() {
        assertEquals("/en/*  /en/404.html  404\n/it/*  /it/404.html  404\n", HostFiles.redirects("/", List.of("en", "it")));
        assertEquals("/brief/en/*  /brief/en/404.html  404\n/brief/*  /brief/404.html  404\n",
                HostFiles.redirects("/brief/", List.of("en")));
    }
}
