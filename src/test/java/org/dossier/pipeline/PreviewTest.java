package org.dossier.pipeline;

import org.dossier.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dev server's preview of an edit: each page an edit of text alone makes anew is, byte for byte, the page the
 * build after it writes — a page of the default language, a translation (with the fields it inherits), a page
 * naming cities (mentions tagged), a page shown as a fallback in another language — and an edit that is more than
 * text has no preview.
 */
class PreviewTest {

    @TempDir
    Path tmp;

    private static BuildOptions options(Path site) {
        return new BuildOptions(site, site.resolve("site-output"), Optional.empty(), Optional.empty(), false);
    }

    private static void edit(Path site, String file, String from, String to) {
        Path p = site.resolve(file);
        String text = TestSites.read(p);
        assertTrue(text.contains(from), file + " holds " + from);
        TestSites.write(p, text.replace(from, to));
    }

    /** Previews the edit of {@code file}, then builds: every previewed page is the one the build wrote. */
    private static Map<String, String> previewThenBuild(Path site, BuildCache cache, String file, String from, String to)
            throws Exception {
        edit(site, file, from, to);
        Map<String, String> shown = cache.preview().orElseThrow().pages(Set.of(file)).orElseThrow(
                () -> new AssertionError("no preview of " + file));
        BuildResult r = Builder.build(options(site), cache);
        assertTrue(r.ok(), () -> r.problems().toString());
        for (Map.Entry<String, String> e : shown.entrySet()) {
            assertEquals(Files.readString(site.resolve("site-output").resolve(e.getKey())), e.getValue(), e.getKey());
        }
        return shown;
    }

    @Test
    void aPreviewIsThePageTheBuildMakes() throws Exception {
        Path site = tmp.resolve("brief");
        for (String dir : List.of("content", "themes", "i18n")) TestSites.copyTree(TestSites.project().resolve(dir), site.resolve(dir));
        BuildCache cache = BuildCache.memory();
        assertTrue(Builder.build(options(site), cache).ok());

        assertEquals(Set.of("en/editorial/index.html"), previewThenBuild(site, cache, "content/en/editorial.md",
                "was no exception", "was, again, no exception").keySet());
        assertEquals(Set.of("en/tracks/innovative-finance/1-3/index.html"), previewThenBuild(site, cache,
                "content/en/tracks/innovative-finance/1-3.md", "\n\n", "\n\nIn Lund and in Torino, too.\n\n").keySet());
        assertEquals(Set.of("fr/tracks/innovative-finance/1-3/index.html"), previewThenBuild(site, cache,
                "content/fr/tracks/innovative-finance/1-3.md", "La session a présenté", "La session a montré").keySet());

        String file = "content/en/editorial.md";
        for (Map.Entry<String, String> change : Map.of("title: ", "title: Foreword — ", "weight: 1", "weight: 2")
                .entrySet()) {
            edit(site, file, change.getKey(), change.getValue());
            assertEquals(Optional.empty(), cache.preview().orElseThrow().pages(Set.of(file)), "front matter: " + change);
            assertTrue(Builder.build(options(site), cache).ok());
        }
        edit(site, "themes/default/templates/page.ftl", "</article>", "<p>x</p></article>");
        for (Set<String> changed : List.of(Set.of("themes/default/templates/page.ftl"), Set.of("content/en/new.md"),
                Set.of("content/_data/speakers.yaml"), Set.of("i18n/fr.yaml"), Set.of("content/site.yaml"),
                Set.of(file, "themes/default/templates/page.ftl"))) {
            assertEquals(Optional.empty(), cache.preview().orElseThrow().pages(changed), "more than text: " + changed);
        }
    }

    @Test
    void aPageShownInAnotherLanguageIsPreviewedThereToo() throws Exception {
        Path site = TestSites.multilingual(tmp);
        BuildCache cache = BuildCache.memory();
        assertTrue(Builder.build(options(site), cache).ok());
        assertEquals(Set.of("en/guide/extra/index.html", "it/guida/extra/index.html"), previewThenBuild(site, cache,
                "content/en/guide/extra.md", "Only English text.", "Only English text, edited.").keySet());

        edit(site, "content/en/guide/extra.md", "Only English", "[A dead link](/en/nowhere/) and");
        assertTrue(cache.preview().orElseThrow().pages(Set.of("content/en/guide/extra.md")).isPresent(),
                "a dead link is for the build to find");
        assertTrue(!Builder.build(options(site), cache).ok());
        assertEquals(Optional.empty(), cache.preview(), "no preview against a failed build");
    }
}
