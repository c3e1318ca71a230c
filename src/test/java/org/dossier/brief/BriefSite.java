package org.dossier.brief;

import org.dossier.TestSites;
import org.dossier.pipeline.BuildResult;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The real brief, built once for all the tests that look at it (the browser tests' {@code BuiltBrief} too). */
public final class BriefSite {

    /** The brief's languages. */
    static final List<String> LANGUAGES = List.of("en", "it", "fr", "de", "es");

    static final Path SOURCE = TestSites.project().resolve("../shared/source/conference-action-brief-2026.md").normalize();

    private static BriefSite instance;

    public final Path out;
    public final BuildResult result;

    private BriefSite(Path out, BuildResult result) {
        this.out = out;
        this.result = result;
    }

    public static synchronized BriefSite get() {
        if (instance == null) {
            try {
                Path out = Files.createTempDirectory("dossier-brief-").resolve("site");
                instance = new BriefSite(out, TestSites.build(TestSites.project(), out));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    static String source() {
        if (!Files.exists(SOURCE)) {
            throw new IllegalStateException("the brief's source text is missing: " + SOURCE
                    + " (the repository expects ../shared beside it)");
        }
        return TestSites.read(SOURCE);
    }

    Document page(String path) {
        return TestSites.html(out.resolve(path));
    }

    /** Every HTML page of a language tree, as output paths. */
    List<String> pages(String lang) {
        try (Stream<Path> s = Files.walk(out.resolve(lang))) {
            return s.filter(p -> p.toString().endsWith(".html")).map(p -> out.relativize(p).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text for comparison: lower case, letters and digits only, single spaces. */
    static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
