package org.dossier.pipeline;

import org.dossier.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds the small fixture site and compares representative pages with golden HTML. To accept a deliberate change
 * of the output, run {@code mvn test -Ddossier.updateGolden=true} and review the diff of src/test/resources/golden.
 */
class FixtureSiteTest {

    @TempDir
    static Path tmp;
    static Path out;
    static BuildResult result;

    @BeforeAll
    static void build() {
        out = tmp.resolve("out");
        result = TestSites.build(TestSites.fixture("basic"), out);
    }

    @Test
    void buildsWithoutErrors() {
        assertTrue(result.ok(), () -> result.problems().toString());
        assertEquals(7, result.pages().get("en"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en/about/index.html", "en/guide/index.html", "en/guide/first/index.html",
            "en/index.html", "sitemap.xml", "404.html", "old-about/index.html"})
    void matchesGoldenHtml(String file) {
        Path golden = TestSites.project().resolve("src/test/resources/golden/basic").resolve(file);
        String actual = TestSites.read(out.resolve(file));
        if (Boolean.getBoolean("dossier.updateGolden") || !Files.exists(golden)) {
            TestSites.write(golden, actual);
        }
        assertEquals(TestSites.read(golden), actual, "output differs from " + golden);
    }

    @Test
    void draftsAreLeftOutByDefault() {
        assertFalse(Files.exists(out.resolve("en/guide/draft/index.html")));
        BuildResult withDrafts = Builder.build(BuildOptions.of(TestSites.fixture("basic")).withOut(tmp.resolve("d"))
                .withDrafts(true));
        assertTrue(withDrafts.ok());
        assertTrue(Files.exists(tmp.resolve("d/en/guide/draft/index.html")));
    }

    @Test
    void slugLayoutAndSiteOverridesApply() {
        assertTrue(Files.exists(out.resolve("en/guide/step-two/index.html")), "slug sets the URL");
        assertTrue(TestSites.read(out.resolve("en/notes/special/index.html")).contains("<h1 class=\"special\">"),
                "front matter layout picks special.ftl");
        assertTrue(TestSites.read(out.resolve("en/notes/index.html")).contains("<h1 class=\"override\">"),
                "content/_theme/templates overrides the theme's section.ftl");
        assertTrue(TestSites.read(out.resolve("en/guide/index.html")).contains("class=\"summary\"><em>guide</em>")
                || TestSites.read(out.resolve("en/guide/index.html")).contains("<p>The <em>guide</em> summary.</p>"),
                "a section layout for the guide section renders its custom field as Markdown");
    }

    @Test
    void pagesKnowTheirSiblingsChildrenAndData() {
        String first = TestSites.read(out.resolve("en/guide/first/index.html"));
        assertTrue(first.contains("rel=\"next\" href=\"../step-two/\""), first);
        assertTrue(first.contains("1.1 · Porto, Lund"), "custom front matter keys reach templates");
        String guide = TestSites.read(out.resolve("en/guide/index.html"));
        assertTrue(guide.contains("<li><a href=\"first/\">First step</a></li><li><a href=\"step-two/\">Second step</a></li>"),
                "children in weight order, drafts excluded: " + guide);
        assertTrue(TestSites.read(out.resolve("en/index.html")).contains("Ada Example, Mayor"), "data files");
    }

    @Test
    void aliasesRedirectFromTheirOwnPlace() {
        assertTrue(TestSites.read(out.resolve("old-about/index.html")).contains("url=../en/about/\""));
        assertTrue(TestSites.read(out.resolve("old/about.html")).contains("url=../en/about/\""),
                "an alias that is a file links from its folder, not from a folder of its name");
        assertTrue(TestSites.read(out.resolve("old-about/index.html")).contains("http-equiv=\"Content-Security-Policy\""),
                "redirect pages carry the site's policy too");
    }

    @Test
    void assetsAreFingerprintedAndCommonFilesWritten() throws Exception {
        List<String> files = Builder.files(out);
        assertTrue(files.stream().anyMatch(f -> f.matches("css/main\\.[0-9a-f]{8}\\.css")), files.toString());
        assertTrue(TestSites.read(out.resolve("robots.txt")).contains("Sitemap: https://example.org/sitemap.xml"));
        assertTrue(Files.exists(out.resolve("404.html")));
    }

    @Test
    void placeholderLinksBecomeTextAndWarnings() {
        String about = TestSites.read(out.resolve("en/about/index.html"));
        assertFalse(about.contains("href=\"#\""));
        assertTrue(about.contains("<span class=\"placeholder-link\">Lost Tool</span>"));
        assertTrue(about.contains("<a href=\"https://example.org/tool\">Known Tool</a>"), "links.yaml fills in URLs");
        assertEquals(List.of("content/en/about.md:34: warning: placeholder link \"Lost Tool\" has no address yet"
                        + " — add \"Lost Tool\": https://… to content/_data/links.yaml"),
                result.problems().stream().map(p -> p.format()).toList());
    }
}
