package org.dossier.pipeline;

import org.dossier.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each kind of bad input gives a compiler-style message naming file, line and column, exit code 1, no stack trace,
 * and leaves the previous site-output exactly as it was.
 */
class ErrorReportingTest {

    @TempDir
    Path tmp;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("broken YAML front matter", writes("content/en/about.md",
                                "---\ntitle: About\ndescription: [unclosed\n---\nBody\n"),
                        "content/en/about.md:4:1: error: broken YAML"),
                Arguments.of("a number that is not a number", writes("content/en/about.md",
                                "---\ntitle: About\ndescription: d\nweight: abc\n---\nBody\n"),
                        "content/en/about.md:4:9: error: 'weight' must be a whole number — found \"abc\" — write e.g. weight: 3"),
                Arguments.of("an unknown front matter key", writes("content/en/about.md",
                                "---\ntitle: About\ndescription: d\nwieght: 2\n---\nBody\n"),
                        "content/en/about.md:4:1: error: unknown front matter key 'wieght' — did you mean 'weight'?"),
                Arguments.of("two pages with the same URL", writes("content/en/guide/copy.md",
                                "---\ntitle: Copy\ndescription: d\nslug: step-two\n---\nBody\n"),
                        "/en/guide/step-two/ is also the address of content/en/guide/"),
                Arguments.of("a layout that does not exist", writes("content/en/about.md",
                                "---\ntitle: About\ndescription: d\nlayout: fancy\n---\nBody\n"),
                        "content/en/about.md:4:1: error: layout 'fancy' not found in the theme"),
                Arguments.of("a file that is not UTF-8", (Consumer<Path>) site -> {
                            try {
                                Files.write(site.resolve("content/en/about.md"),
                                        "---\ntitle: Caf\u00e9\n---\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        },
                        "content/en/about.md:2:11: error: the file is not UTF-8 text (byte 0xE9 here) — save it as UTF-8"),
                Arguments.of("an unknown setting in site.yaml", (Consumer<Path>) site -> TestSites.write(
                                site.resolve("content/site.yaml"), TestSites.read(site.resolve("content/site.yaml")) + "titel: x\n"),
                        "content/site.yaml:10:1: error: unknown setting 'titel' — did you mean 'title'?"),
                Arguments.of("a template with a syntax error", writes("themes/plain/templates/page.ftl",
                                "<#import \"partials/frame.ftl\" as f>\n<@f.frame>\n<#if>\n</@f.frame>\n"),
                        "themes/plain/templates/page.ftl:3:"),
                Arguments.of("a template that uses a missing value", writes("themes/plain/templates/page.ftl",
                                "<p>\n${page.params.nothing.here}</p>\n"),
                        "themes/plain/templates/page.ftl:2:3: error:"),
                Arguments.of("a link to a missing page", writes("content/en/about.md",
                                "---\ntitle: About\ndescription: d\n---\n[gone](/en/nowhere/)\n"),
                        "content/en/about.md:5: error: the link \"/en/nowhere/\" on en/about/index.html leads to"
                                + " en/nowhere/index.html, which the build does not make — correct the address, or remove the link"),
                Arguments.of("a link to a missing anchor", writes("content/en/about.md",
                                "---\ntitle: About\ndescription: d\n---\nText.\n\nSee [the guide](../guide/#nope).\n"),
                        "content/en/about.md:7: error: the link \"../guide/#nope\" on en/about/index.html names #nope,"
                                + " which en/guide/index.html does not have"),
                Arguments.of("a template that makes a dead link", writes("themes/plain/templates/special.ftl",
                                "<p><a href=\"${url('/en/gone/')}\">x</a></p>\n"),
                        "content/en/notes/special.md: error: the link \"../../gone/\" on en/notes/special/index.html leads to"
                                + " en/gone/index.html, which the build does not make — the link comes from the theme's templates"),
                Arguments.of("an unclosed ::: block", writes("content/en/about.md",
                                "---\ntitle: About\ndescription: d\n---\nText\n\n::: highlight\nOpen\n"),
                        "content/en/about.md:7:1: error: this ':::' block is never closed")
        );
    }

    /** Breaks the site by writing {@code text} to its file {@code path}. */
    private static Consumer<Path> writes(String path, String text) {
        return site -> TestSites.write(site.resolve(path), text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsFileLineAndLeavesOutputUntouched(String what, Consumer<Path> breakIt, String expected) {
        Path site = TestSites.copy("basic", tmp);
        Path out = site.resolve("site-output");
        assertEquals(0, TestSites.cli("build", "--site", site.toString()).code());
        TestSites.write(out.resolve("marker.txt"), "from the previous build");
        TreeMap<String, String> before = TestSites.snapshot(out);

        breakIt.accept(site);
        TestSites.Run run = TestSites.cli("build", "--site", site.toString());

        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains(expected), () -> "expected «" + expected + "» in:\n" + run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace:\n" + run.err());
        assertTrue(run.out().contains("Failed:"), run.out());
        assertEquals(before, TestSites.snapshot(out), "the previous output is left exactly as it was");
    }

    @Test
    void refusesToReplaceAFolderItDidNotMake() {
        Path site = TestSites.copy("basic", tmp);
        Path precious = tmp.resolve("precious");
        TestSites.write(precious.resolve("thesis.txt"), "do not delete");
        TestSites.Run run = TestSites.cli("build", "--site", site.toString(), "--out", precious.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("is not empty and was not made by Dossier"), run.err());
        assertEquals("do not delete", TestSites.read(precious.resolve("thesis.txt")));
    }

    @Test
    void refusesToWriteOverTheSiteItself() {
        Path site = TestSites.copy("basic", tmp);
        TestSites.Run run = TestSites.cli("build", "--site", site.toString(), "--out", site.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("holds the site itself"), run.err());
        assertTrue(Files.exists(site.resolve("content/site.yaml")));
    }
}
