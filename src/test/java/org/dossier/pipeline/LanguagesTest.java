package org.dossier.pipeline;

import org.dossier.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Languages, fallback, translations and the translator's workflow, on a two-language fixture with the default theme. */
class LanguagesTest {

    @TempDir
    Path tmp;
    Path site;
    Path out;

    @BeforeEach
    void setUp() {
        site = TestSites.multilingual(tmp);
        out = site.resolve("site-output");
    }

    private TestSites.Run build(String... extra) {
        String[] args = new String[extra.length + 3];
        args[0] = "build";
        args[1] = "--site";
        args[2] = site.toString();
        System.arraycopy(extra, 0, args, 3, extra.length);
        return TestSites.cli(args);
    }

    private Document page(String path) {
        return TestSites.html(out.resolve(path));
    }

    @Test
    void aLocaleFileAddsALanguage() {
        assertEquals(0, build().code());
        assertFalse(Files.exists(out.resolve("de")));
        TestSites.write(site.resolve("i18n/de.yaml"), TestSites.read(TestSites.project().resolve("i18n/de.yaml")));
        TestSites.Run run = build();
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("(en 4, de 4, it 4)"), run.out());
        Document extra = page("de/guide/extra/index.html");
        assertEquals("de", extra.selectFirst("html").attr("lang"));
        assertEquals("Deutsch", extra.selectFirst(".lang-switch [aria-current]").text());
        assertTrue(page("index.html").select("a[hreflang=de]").size() == 1, "the chooser lists the new language");
    }

    @Test
    void missingPagesFallBackVisiblyWithTheirLanguageMarked() {
        assertEquals(0, build().code());
        Document extra = page("it/guida/extra/index.html");
        assertEquals("it", extra.selectFirst("html").attr("lang"));
        assertEquals("Questa pagina non è ancora tradotta in italiano ed è mostrata nella lingua originale (English).",
                extra.selectFirst(".fallback-notice").text());
        assertEquals("Extra", extra.selectFirst("h1[lang=en], [lang=en] h1").text(), "the English text is marked lang=en");
        assertEquals("https://example.org/en/guide/extra/", extra.selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(extra.select("link[rel=alternate]").isEmpty(), "a fallback is no translation: no hreflang");
    }

    @Test
    void translatedSlugsSwitcherAndHreflangPointAtCounterparts() {
        assertEquals(0, build().code());
        Document it = page("it/guida/introduzione/index.html");
        assertEquals("Introduzione", it.selectFirst("h1").text());
        assertEquals("../../../en/guide/intro/", it.selectFirst(".lang-switch a[hreflang=en]").attr("href"));
        assertEquals("https://example.org/en/guide/intro/", it.selectFirst("link[hreflang=en]").attr("href"));
        assertEquals("https://example.org/it/guida/introduzione/", it.selectFirst("link[hreflang=it]").attr("href"));
        assertEquals("https://example.org/en/guide/intro/", it.selectFirst("link[hreflang=x-default]").attr("href"));
        Document en = page("en/guide/intro/index.html");
        assertEquals("../../../it/guida/introduzione/", en.selectFirst(".lang-switch a[hreflang=it]").attr("href"));
        String sitemap = TestSites.read(out.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"it\" href=\"https://example.org/it/guida/introduzione/\"/>"), sitemap);
        assertFalse(sitemap.contains("<loc>https://example.org/it/guida/extra/</loc>"), "fallbacks are not in the sitemap");
    }

    @Test
    void neutralFieldsAreInheritedAndConflictsReported() {
        assertEquals(0, build().code());
        assertTrue(page("it/guida/introduzione/index.html").html().contains("Introduzione"));
        Builder.Loaded loaded = Builder.load(org.dossier.pipeline.BuildOptions.of(site));
        assertEquals("A1", loaded.model().page("it", "guide/intro.md").orElseThrow().params().get("code"));
        assertEquals(1, loaded.model().page("it", "guide/intro.md").orElseThrow().weight(), "weight inherited");
        TestSites.write(site.resolve("content/it/guide/intro.md"),
                "---\ntitle: Introduzione\ndescription: d\ncode: \"B2\"\n---\nx\n");
        TestSites.Run run = build();
        assertEquals(0, run.code());
        assertTrue(run.err().contains("content/it/guide/intro.md:4:1: warning: 'code' is the same in every language,"
                + " but differs from content/en/guide/intro.md — remove it here: translations take it from the source page"), run.err());
    }

    @Test
    void aMissingUiStringFallsBackAndIsReported() {
        Path it = site.resolve("i18n/it.yaml");
        TestSites.write(it, TestSites.read(it).replaceAll("(?m)^  skip_to_content:.*\\n", ""));
        TestSites.Run run = build("--verbose");
        assertEquals(0, run.code());
        assertTrue(run.err().contains("i18n/it.yaml: warning: UI string 'skip_to_content' is missing; the English text is shown"), run.err());
        // a warning that repeats on every build until a translator adds the string: a normal build counts it
        assertTrue(build().err().contains("1 warning about UI strings missing in a language (the default language's"
                + " text is shown) — see them with --verbose or `dossier check`"), run.err());
        assertEquals("Skip to content", page("it/index.html").selectFirst(".skip-link").text());
        TestSites.Run report = TestSites.cli("i18n", "--site", site.toString(), "--json");
        assertTrue(report.out().contains("\"missingStrings\":[\"skip_to_content\"]"), report.out());
    }

    @Test
    void aRightToLeftLocaleGetsDirRtl() {
        TestSites.write(site.resolve("i18n/ar.yaml"), "language:\n  name: العربية\n  locale: ar\n  dir: rtl\nstrings:\n  skip_to_content: تخطَّ إلى المحتوى\n");
        assertEquals(0, build().code());
        Document ar = page("ar/guide/intro/index.html");
        assertEquals("rtl", ar.selectFirst("html").attr("dir"));
        assertEquals("ar", ar.selectFirst("html").attr("lang"));
        assertEquals("ltr", page("en/index.html").selectFirst("html").attr("dir"));
    }

    @Test
    void langBuildsOneLanguageAndLeavesTheOthers() {
        assertEquals(0, build().code());
        String enBefore = TestSites.read(out.resolve("en/guide/intro/index.html"));
        TestSites.write(site.resolve("content/en/guide/intro.md"),
                "---\ntitle: Introduction changed\ndescription: d\ncode: \"A1\"\n---\nx\n");
        TestSites.write(site.resolve("content/it/guide/intro.md"),
                "---\ntitle: Introduzione cambiata\ndescription: d\nslug: introduzione\n---\nx\n");
        TestSites.Run run = build("--lang", "it");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("(it 4)"), run.out());
        assertEquals(enBefore, TestSites.read(out.resolve("en/guide/intro/index.html")), "English left as it was");
        assertEquals("Introduzione cambiata", page("it/guida/introduzione/index.html").selectFirst("h1").text());
    }

    @Test
    void oneLanguageBuildsAndChecksOnItsOwn() {
        // links to the other languages' pages — including the search page and print edition the theme makes in
        // every language — are to pages that will be there, not dead links
        TestSites.Run run = build("--lang", "it");
        assertEquals(0, run.code(), run.err());
        assertTrue(page("it/index.html").select("a[href]").stream().anyMatch(a -> a.attr("href").contains("print/")),
                "the Italian pages link to a print edition");
        TestSites.Run check = TestSites.cli("check", "--site", site.toString(), "--lang", "it");
        assertEquals(0, check.code(), check.err());
    }

    @Test
    void editingTheSourceMakesItsTranslationStale() {
        TestSites.Run stamp = TestSites.cli("i18n", "--site", site.toString(), "--stamp");
        assertEquals(0, stamp.code(), stamp.err());
        assertTrue(stamp.out().contains("Stamped 3 translations"), stamp.out());
        assertTrue(TestSites.read(site.resolve("content/it/guide/intro.md")).contains("\ntranslated_from: "));
        TestSites.Run fresh = TestSites.cli("i18n", "--site", site.toString(), "--json");
        assertTrue(fresh.out().contains("\"code\":\"it\",\"name\":\"Italiano\",\"pages\":4,\"translated\":3,"
                + "\"fallback\":[\"guide/extra.md\"],\"stale\":[],\"unstamped\":[]"), fresh.out());

        Path en = site.resolve("content/en/guide/intro.md");
        TestSites.write(en, TestSites.read(en).replace("It starts here.", "It starts somewhere else."));
        TestSites.Run stale = TestSites.cli("i18n", "--site", site.toString());
        assertTrue(stale.out().contains("it: stale (the source changed since it was translated)\n    content/it/guide/intro.md"),
                stale.out());
        assertEquals(0, build().code());
        assertTrue(page("it/guida/introduzione/index.html").selectFirst(".stale-notice").text()
                .startsWith("L'originale (English) è stato aggiornato"));

        TestSites.write(en, TestSites.read(en).replace("weight: 1", "weight: 5"));
        assertTrue(TestSites.cli("i18n", "--site", site.toString(), "--json").out().contains("\"stale\":[\"guide/intro.md\"]"),
                "still stale; and a weight change alone would not have made it so");
    }
}
