package org.dossier.pipeline;

import org.dossier.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Input meant to break the build — links out of the site, addresses that leave the output, malformed or enormous
 * YAML, runaway nesting and recursion, broken UI strings — gives a compiler-style message at the file and line to
 * fix, exit code 1, no stack trace, and leaves the previous output exactly as it was; nothing is read from or
 * written to outside the site and its output.
 */
class HostileInputTest {

    @TempDir
    Path tmp;

    /** How a case breaks the site: {@code site} is the site folder, {@code outside} a folder beside it. */
    interface Breaker {
        void breakIt(Path site, Path outside) throws IOException;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // links leading out of the site folder
                Arguments.of("a content file that links out of the site", (Breaker) (site, outside) ->
                                link(site.resolve("content/en/secret.md"), write(outside.resolve("secret.md"), PAGE)),
                        "content/en/secret.md: error: this is a link to " + "OUTSIDE/secret.md, outside the site folder"),
                Arguments.of("a content folder that links out of the site", (Breaker) (site, outside) ->
                                link(site.resolve("content/en/more"), write(outside.resolve("more/x.md"), PAGE).getParent()),
                        "content/en/more: error: this is a link to OUTSIDE/more, outside the site folder"),
                Arguments.of("a data file that links out of the site", (Breaker) (site, outside) ->
                                link(site.resolve("content/_data/secret.yaml"), write(outside.resolve("s.yaml"), "a: 1\n")),
                        "content/_data/secret.yaml: error: this is a link to OUTSIDE/s.yaml, outside the site folder"),
                Arguments.of("a locale file that links out of the site", (Breaker) (site, outside) ->
                                link(site.resolve("i18n/de.yaml"), write(outside.resolve("de.yaml"), "strings: {home: Start}\n")),
                        "i18n/de.yaml: error: this is a link to OUTSIDE/de.yaml, outside the site folder"),
                Arguments.of("a template that links out of the site", (Breaker) (site, outside) -> {
                            Files.delete(site.resolve("themes/plain/templates/special.ftl"));
                            link(site.resolve("themes/plain/templates/special.ftl"), write(outside.resolve("t.ftl"), "<p>x</p>"));
                        },
                        "themes/plain/templates/special.ftl: error: this is a link to OUTSIDE/t.ftl, outside the site folder"
                                + "; Dossier reads only the site's own files — copy what it links to into the site folder"
                                + " and remove the link"),
                Arguments.of("a static file that links out of the site", (Breaker) (site, outside) ->
                                link(site.resolve("themes/plain/static/secret.txt"), write(outside.resolve("secret.txt"), "pw")),
                        "themes/plain/static/secret.txt: error: this is a link to OUTSIDE/secret.txt, outside the site folder"),
                Arguments.of("a folder that links to a folder holding it", (Breaker) (site, outside) ->
                                link(site.resolve("content/en/guide/loop"), site.resolve("content/en")),
                        "content/en/guide/loop: error: this link leads back to a folder that holds it"),
                // values that would become output paths outside the output, or over a file the build makes
                Arguments.of("an alias that leaves the output", writes("content/en/about.md",
                                "---\ntitle: About\ndescription: d\naliases: [\"/../../tmp/x/\"]\n---\nBody\n"),
                        "content/en/about.md:4:1: error: the alias \"/../../tmp/x/\" cannot be an old address of this"
                                + " page: '..' would lead to another folder"),
                Arguments.of("an alias over the home page", writes("content/en/about.md",
                                "---\ntitle: About\ndescription: d\naliases: [/en/index.html]\n---\nBody\n"),
                        "content/en/about.md:4:1: error: the alias /en/ is also the address of content/en/_index.md"),
                Arguments.of("an alias over the 404 page", writes("content/en/about.md",
                                "---\ntitle: About\ndescription: d\naliases: [/en/404.html]\n---\nBody\n"),
                        "content/en/about.md:4:1: error: the alias /en/404.html would replace en/404.html, which the build makes"),
                Arguments.of("an alias over the sitemap", writes("content/en/about.md",
                                "---\ntitle: About\ndescription: d\naliases: [/sitemap.xml]\n---\nBody\n"),
                        "content/en/about.md:4:1: error: the alias \"/sitemap.xml\" cannot be an old address of this page:"
                                + " the build writes /sitemap.xml itself"),
                Arguments.of("an alias under a theme file", writes("content/en/about.md",
                                "---\ntitle: About\ndescription: d\naliases: [/css/main.00749060.css/old/]\n---\nBody\n"),
                        "content/en/about.md:4:1: error: the alias /css/main.00749060.css/old/ cannot be written"),
                Arguments.of("a slug that leads up a folder", writes("content/en/guide/second.md",
                                "---\ntitle: Second\ndescription: d\nslug: \"..\"\n---\nBody\n"),
                        "content/en/guide/second.md:4:1: error: 'slug' may only hold letters, digits, '-', '_', '.' and"
                                + " '~' (and not only dots) — found \"..\""),
                Arguments.of("a layout outside the templates", writes("content/en/notes/special.md",
                                "---\ntitle: Special\ndescription: d\nlayout: ../../../secret\n---\nBody\n"),
                        "content/en/notes/special.md:4:1: error: 'layout' must name a template of the theme"),
                Arguments.of("a file name an address cannot hold", writes("content/en/a#b.md", PAGE),
                        "content/en/a#b.md: error: this file's name cannot be part of an address: an address cannot hold '#'"),
                Arguments.of("a locale file named '..'", (Breaker) (site, outside) ->
                                Files.copy(site.resolve("i18n/en.yaml"), site.resolve("i18n/...yaml")),
                        "i18n/...yaml: error: '..' is not a language code"),
                Arguments.of("a theme outside themes/", (Breaker) (site, outside) -> {
                            TestSites.copyTree(site.resolve("themes/plain"), outside.resolve("plain"));
                            edit(site.resolve("content/site.yaml"), "theme: plain", "theme: ../../outside/plain");
                        },
                        "content/site.yaml:5:1: error: 'theme' must be the name of a folder in themes/ — found \"../../outside/plain\""),
                Arguments.of("data pages in a section outside the output", append("content/site.yaml",
                                "data_pages:\n  ../../x: {data: people, key: name}\n"),
                        "content/site.yaml:10:1: error: data pages '../../x' cannot be a section: '..' would lead to another folder"),
                Arguments.of("a language code that is a path", append("content/site.yaml", "languages: [en, ../x]\n"),
                        "content/site.yaml:10:1: error: '../x' is not a language code"),
                Arguments.of("a reference kind that matches empty text", append("content/site.yaml",
                                "references:\n  x: {prefix: \"\", id: \"\\\\d*\", field: code}\n"),
                        "content/site.yaml:10:1: error: reference kind 'x' matches empty text"),
                // malformed YAML, in each kind of YAML file
                Arguments.of("a key twice in front matter", writes("content/en/about.md",
                                "---\ntitle: About\ndescription: d\ntitle: Again\n---\nBody\n"),
                        "content/en/about.md:4:1: error: 'title' is given twice (first on line 2) — keep one of the two"),
                Arguments.of("a key twice in site.yaml", append("content/site.yaml", "title: Again\n"),
                        "content/site.yaml:10:1: error: 'title' is given twice (first on line 1)"),
                Arguments.of("a key twice in a locale file", append("i18n/en.yaml", "  home: Again\n"),
                        "i18n/en.yaml:10:3: error: 'home' is given twice (first on line 7)"),
                Arguments.of("a key twice in a data file", append("content/_data/links.yaml", "Known Tool: https://x.org/\n"),
                        "content/_data/links.yaml:2:1: error: 'Known Tool' is given twice (first on line 1)"),
                Arguments.of("a tab in front matter", writes("content/en/about.md",
                                "---\ntitle: About\n\tdescription: d\n---\nBody\n"),
                        "content/en/about.md:3:1: error: broken YAML: found character '\\t(TAB)' that cannot start any token"),
                Arguments.of("a tab in site.yaml", append("content/site.yaml", "\tparams: {}\n"),
                        "content/site.yaml:10:1: error: broken YAML"),
                Arguments.of("an unclosed quote in a locale file", append("i18n/en.yaml", "  extra: \"open\n"),
                        "i18n/en.yaml:11:1: error: broken YAML: found unexpected end of stream"),
                Arguments.of("bad indentation in a data file", append("content/_data/people.yaml", "    role: x\n  - y\n"),
                        "content/_data/people.yaml:3:"),
                Arguments.of("an alias inside itself", writes("content/en/about.md",
                                "---\ntitle: About\ndescription: &a [*a]\n---\nBody\n"),
                        "content/en/about.md:3:14: error: broken YAML: a list or mapping contains itself (through an alias)"),
                Arguments.of("a control character in front matter", writes("content/en/about.md",
                                "---\ntitle: Ab\u0000out\ndescription: d\n---\nBody\n"),
                        "content/en/about.md:2:10: error: broken YAML: the text holds the control character U+0000"),
                Arguments.of("very deep nesting in front matter", writes("content/en/about.md",
                                "---\ntitle: About\ndescription: " + "[".repeat(500) + "]".repeat(500) + "\n---\nBody\n"),
                        "content/en/about.md:2: error: the YAML is nested more than 40 levels deep"),
                Arguments.of("very deep nesting in a data file", writes("content/_data/deep.yaml", deepBlockYaml(60)),
                        "content/_data/deep.yaml:1: error: the YAML is nested more than 40 levels deep"),
                Arguments.of("a huge data file", writes("content/_data/huge.yaml", "- " + "x".repeat(9 << 20) + "\n"),
                        "content/_data/huge.yaml: error: the file is 9 MB; Dossier reads text files of up to 8 MB"),
                Arguments.of("a huge page", writes("content/en/huge.md", PAGE + "word ".repeat(2 << 20)),
                        "content/en/huge.md: error: the file is 10 MB; Dossier reads text files of up to 8 MB"),
                Arguments.of("site.yaml that is not a mapping", writes("content/site.yaml", "- a\n- b\n"),
                        "content/site.yaml:1:1: error: the site configuration must be a list of 'key: value' lines"),
                Arguments.of("an empty site.yaml", writes("content/site.yaml", ""),
                        "content/site.yaml: error: theme 'default' not found in themes/"),
                Arguments.of("an empty page", writes("content/en/empty.md", ""),
                        "content/en/empty.md:1:1: error: the page has no title"),
                Arguments.of("a locale file whose strings are a list", writes("i18n/en.yaml", "strings: [a, b]\n"),
                        "i18n/en.yaml:1:1: error: 'strings' must be a mapping of keys to values"),
                // runaway nesting and recursion
                Arguments.of("Markdown nested thousands of levels deep", writes("content/en/deep.md",
                                PAGE + ">".repeat(50_000) + " deep\n"),
                        "content/en/deep.md:5: error: the text is nested too deeply to be read"),
                Arguments.of("a template that includes itself", append("themes/plain/templates/page.ftl",
                                "<#include \"page.ftl\">\n"),
                        "themes/plain/templates/page.ftl:9:1: error: the page never finishes: this <#include> includes"
                                + " page.ftl, the template itself, again and again"),
                Arguments.of("two templates that include each other", (Breaker) (site, outside) -> {
                            write(site.resolve("themes/plain/templates/partials/a.ftl"), "<p>\n<#include \"b.ftl\">\n");
                            write(site.resolve("themes/plain/templates/partials/b.ftl"), "<#include \"a.ftl\">\n");
                            edit(site.resolve("themes/plain/templates/special.ftl"), "</@f.frame>",
                                    "<#include \"partials/a.ftl\"></@f.frame>");
                        },
                        "themes/plain/templates/partials/b.ftl:1:1: error: the page never finishes: this <#include>"
                                + " includes partials/a.ftl, which includes this template, again and again"),
                Arguments.of("a macro that calls itself", append("themes/plain/templates/page.ftl",
                                "<#macro m>\n  <@m/>\n</#macro><@m/>\n"),
                        "themes/plain/templates/page.ftl:10:3: error: the page never finishes: the macro 'm' calls itself here"),
                Arguments.of("a template nested thousands of levels deep", append("themes/plain/templates/special.ftl",
                                "<#if true>".repeat(20_000) + "</#if>".repeat(20_000)),
                        "themes/plain/templates/special.ftl: error: the template is nested too deeply to be read"),
                // UI strings
                Arguments.of("a broken placeholder in a UI string", (Breaker) (site, outside) ->
                                edit(site.resolve("i18n/en.yaml"), "home: Home", "home: \"Home {0\""),
                        "i18n/en.yaml:7:1: error: UI string 'home' has a broken placeholder: a '{' is never closed by '}'"),
                Arguments.of("a placeholder that is not a number", (Breaker) (site, outside) ->
                                edit(site.resolve("i18n/en.yaml"), "home: Home", "home: \"Home {page}\""),
                        "i18n/en.yaml:7:1: error: UI string 'home' has a broken placeholder: the braces must hold the"
                                + " number of a value, like {0}"),
                Arguments.of("a UI string that cannot take the theme's value", (Breaker) (site, outside) -> {
                            edit(site.resolve("i18n/en.yaml"), "home: Home", "home: \"{0,number} pages\"");
                            edit(site.resolve("themes/plain/templates/special.ftl"), "</@f.frame>",
                                    "${t('home', page.title)}</@f.frame>");
                        },
                        "i18n/en.yaml:7: error: UI string 'home' cannot be filled in with the values the theme passes it"
                                + " (Cannot format given Object as a Number)"),
                Arguments.of("a date format that is not a pattern", (Breaker) (site, outside) ->
                                edit(site.resolve("i18n/en.yaml"), "date_format: d MMMM yyyy", "date_format: \"d {MMMM}\""),
                        "i18n/en.yaml:5:1: error: 'date_format' is not a date pattern")
        );
    }

    static final String PAGE = "---\ntitle: T\ndescription: d\n---\n";

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithFileAndLineAndLeavesEverythingAsItWas(String what, Breaker breaker, String expected) throws IOException {
        Path site = TestSites.copy("basic", tmp);
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Path out = site.resolve("site-output");
        assertEquals(0, TestSites.cli("build", "--site", site.toString()).code());
        TreeMap<String, String> before = TestSites.snapshot(out);
        breaker.breakIt(site, outside);
        TreeMap<String, String> outsideBefore = TestSites.snapshot(tmp.resolve("outside"));

        TestSites.Run run = TestSites.cli("build", "--site", site.toString());

        String want = expected.replace("OUTSIDE", outside.toRealPath().toString());
        assertTrue(run.err().contains(want), () -> "expected «" + want + "» in:\n" + run.err());
        assertEquals(1, run.code(), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace:\n" + run.err());
        assertTrue(run.out().contains("Failed:"), run.out());
        assertEquals(before, TestSites.snapshot(out), "the previous output is left exactly as it was");
        assertFalse(Files.exists(site.resolve(".site-output.dossier-new/.dossier-output")), "a work folder left behind is not taken for a finished build");
        assertEquals(outsideBefore, TestSites.snapshot(tmp.resolve("outside")), "nothing written outside");
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(java.util.Set.of("site", "outside"), s.map(p -> p.getFileName().toString())
                    .collect(java.util.stream.Collectors.toSet()), "nothing written beside the site");
        }
    }

    @Test
    void linksThatStayInsideTheSiteAreFollowed() throws IOException {
        Path site = TestSites.copy("basic", tmp);
        // a page kept in a hidden folder, a template shared with the site's overrides, a locale file and a data file
        write(site.resolve("content/_shared/linked.md"), "---\ntitle: Linked\ndescription: d\n---\nLinked body.\n");
        link(site.resolve("content/en/linked.md"), Path.of("../_shared/linked.md"));
        Files.delete(site.resolve("themes/plain/templates/special.ftl"));
        link(site.resolve("themes/plain/templates/special.ftl"), Path.of("../../../content/_theme/templates/section.ftl"));
        link(site.resolve("content/en/shared"), Path.of("../_shared"));
        link(site.resolve("content/_data/people2.yaml"), Path.of("people.yaml"));

        Path out = tmp.resolve("out");
        TestSites.Run run = TestSites.cli("build", "--site", site.toString(), "--out", out.toString());

        assertEquals(0, run.code(), run.err());
        assertTrue(TestSites.read(out.resolve("en/linked/index.html")).contains("Linked body."));
        assertTrue(TestSites.read(out.resolve("en/shared/linked/index.html")).contains("Linked body."));
        assertTrue(TestSites.read(out.resolve("en/notes/special/index.html")).contains("class=\"override\""));
    }

    @Test
    void bomAndCrlfFilesBuildExactlyLikeLfFiles() throws IOException {
        Path lf = TestSites.copy("basic", tmp.resolve("lf"));
        Path crlf = TestSites.copy("basic", tmp.resolve("crlf"));
        try (Stream<Path> s = Stream.of("content", "i18n", "themes/plain/templates").flatMap(d -> walk(crlf.resolve(d)))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                Files.writeString(p, "\uFEFF" + text.replace("\n", "\r\n"), StandardCharsets.UTF_8);
            }
        }
        TestSites.Run a = TestSites.cli("build", "--site", lf.toString(), "--out", tmp.resolve("out-lf").toString());
        TestSites.Run b = TestSites.cli("build", "--site", crlf.toString(), "--out", tmp.resolve("out-crlf").toString());
        assertEquals(0, a.code(), a.err());
        assertEquals(0, b.code(), b.err());
        assertEquals(a.err(), b.err(), "the same problems, at the same lines");
        assertEquals(TestSites.snapshot(tmp.resolve("out-lf")), TestSites.snapshot(tmp.resolve("out-crlf")));
    }

    @Test
    void emptyLocaleAndDataFilesBuild() {
        Path site = TestSites.copy("basic", tmp);
        TestSites.write(site.resolve("content/_data/empty.yaml"), "");
        TestSites.write(site.resolve("i18n/en.yaml"), "");
        TestSites.Run run = TestSites.cli("build", "--verbose", "--site", site.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("i18n/en.yaml: warning: UI string 'home' is missing"), run.err());
    }

    @Test
    void aUiStringThatLeavesOutAValueIsAWarningAtItsLine() {
        Path site = TestSites.copy("basic", tmp);
        edit(site.resolve("i18n/en.yaml"), "not_found: Page not found", "not_found: Nothing here");
        edit(site.resolve("themes/plain/templates/404.ftl"), "${t('not_found')}</title>", "${t('not_found', 404)}</title>");
        TestSites.Run run = TestSites.cli("build", "--site", site.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("i18n/en.yaml:9: warning: UI string 'not_found' shows none of the values the theme"
                + " passes it: it is given 1 ({0})"), run.err());
    }

    @Test
    void aLocaleFileWithTheDefaultsPlaceholdersIsQuiet() {
        TestSites.Run run = TestSites.cli("build", "--site", TestSites.fixture("basic").toString(),
                "--out", tmp.resolve("out").toString());
        assertEquals(0, run.code(), run.err());
        assertFalse(run.err().contains("shows none of the values"), run.err());
    }

    @Test
    void theTranslationReportReadsTemplatesLikeTheBuild() throws IOException {
        Path site = TestSites.copy("basic", tmp);
        Files.write(site.resolve("themes/plain/templates/latin1.ftl"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        TestSites.Run run = TestSites.cli("i18n", "--site", site.toString());
        assertEquals(0, run.code(), run.err());
        assertFalse(run.err().contains("internal error"), run.err());
    }

    // helpers

    private static Breaker writes(String path, String text) {
        return (site, outside) -> write(site.resolve(path), text);
    }

    private static Breaker append(String path, String text) {
        return (site, outside) -> write(site.resolve(path), TestSites.read(site.resolve(path)) + text);
    }

    private static Path write(Path p, String text) {
        TestSites.write(p, text);
        return p;
    }

    private static void edit(Path p, String from, String to) {
        String text = TestSites.read(p);
        assertTrue(text.contains(from), p + " holds " + from);
        TestSites.write(p, text.replace(from, to));
    }

    private static void link(Path link, Path target) throws IOException {
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, target);
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String deepBlockYaml(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) sb.append("  ".repeat(i)).append("k").append(i).append(":\n");
        return sb.append("  ".repeat(depth)).append("end\n").toString();
    }
}
