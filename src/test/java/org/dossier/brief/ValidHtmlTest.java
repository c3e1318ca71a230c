package org.dossier.brief;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every HTML file of the built brief, in every language, is valid HTML5 by the Nu Html Checker (vnu, the W3C's
 * validator): no errors. Warnings are allowed, and counted. The checker runs once, in a child JVM on the test
 * classpath, over the whole output folder.
 */
class ValidHtmlTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyPageIsValidHtml() throws IOException, InterruptedException {
        Path out = BriefSite.get().out;
        long files;
        try (Stream<Path> s = Files.walk(out)) {
            files = s.filter(p -> p.toString().endsWith(".html")).count();
        }
        // a known-invalid page beside the brief proves the checker really checks
        Path probe = Files.createTempDirectory("dossier-vnu-probe-");
        Files.writeString(probe.resolve("probe.html"), "<!doctype html><html lang=en><title>x</title><p>x</span>");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "nu.validator.client.SimpleCommandLineValidator",
                "--format", "json", "--stdout", "--exit-zero-always", "--skip-non-html", out.toString(), probe.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String json = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "the checker failed: " + json);

        List<Map<String, Object>> messages = (List<Map<String, Object>>) ((Map<String, Object>) new Json().toType(json, Map.class)).get("messages");
        List<String> errors = new ArrayList<>();
        Map<String, Integer> warnings = new java.util.TreeMap<>();
        boolean probed = false;
        for (Map<String, Object> m : messages) {
            if (String.valueOf(m.get("url")).endsWith("/probe.html")) {
                probed |= "error".equals(m.get("type"));
                continue;
            }
            String url = String.valueOf(m.get("url"));
            String where = (url.startsWith("file:") ? out.relativize(Path.of(URI.create(url))).toString() : url) + ":" + m.get("lastLine")
                    + ":" + m.getOrDefault("firstColumn", m.get("lastColumn")) + ": ";
            if ("error".equals(m.get("type")) || "non-document-error".equals(m.get("type"))) {
                errors.add(where + m.get("message") + (m.containsKey("extract") ? "  [" + m.get("extract") + "]" : ""));
            } else if ("warning".equals(m.get("subType"))) {
                warnings.merge(String.valueOf(m.get("message")).replaceAll("“[^”]*”", "“…”"), 1, Integer::sum);
            }
        }
        System.out.printf("vnu: %d HTML files, %d errors, %d warnings%n", files, errors.size(),
                warnings.values().stream().mapToInt(Integer::intValue).sum());
        warnings.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(5)
                .forEach(w -> System.out.printf("  %5d × warning: %s%n", w.getValue(), w.getKey()));
        assertTrue(probed, "the checker found no error in a page with one: " + json);
        assertTrue(files > 900, "the brief has all its pages: " + files);
        assertEquals("", String.join("\n", errors), errors.size() + " errors in " + files + " files");
    }
}
