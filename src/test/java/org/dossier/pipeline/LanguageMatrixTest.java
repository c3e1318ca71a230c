package org.dossier.pipeline;

import org.dossier.TestSites;
import org.dossier.output.Staging;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scaling past one machine: each language built alone, in a process of its own and a folder of its own (as the
 * publish workflow's matrix does, one job per language), then merged with the workflow's own script, is the single
 * build byte for byte; and the workflow is that: a matrix of every language, then the merge.
 */
class LanguageMatrixTest {

    @TempDir
    Path tmp;

    private static String[] run(Path dir, List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new String[]{String.valueOf(p.waitFor()), out};
    }

    @Test
    void languagesBuiltApartAndMergedAreTheWholeBuild() throws Exception {
        Path site = tmp.resolve("brief");
        for (String dir : List.of("content", "themes", "i18n")) TestSites.copyTree(TestSites.project().resolve(dir), site.resolve(dir));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> parts = new ArrayList<>();
        for (String lang : List.of("en", "it", "fr", "de", "es")) {
            Path out = tmp.resolve("out-" + lang);
            String[] r = run(tmp, List.of(java, "-cp", System.getProperty("java.class.path"), "org.dossier.cli.Main",
                    "build", "--site", site.toString(), "--lang", lang, "--out", out.toString()));
            assertEquals("0", r[0], lang + ": " + r[1]);
            parts.add(out.toString());
        }
        List<String> merge = new ArrayList<>(List.of("bash", TestSites.project().resolve(".ci/merge-languages").toString(),
                tmp.resolve("merged").toString()));
        merge.addAll(parts);
        String[] merged = run(tmp, merge);
        assertEquals("0", merged[0], merged[1]);

        BuildResult whole = Builder.build(BuildOptions.of(site).withOut(tmp.resolve("whole")), BuildCache.none());
        assertTrue(whole.ok());
        TreeMap<String, String> expected = TestSites.snapshot(tmp.resolve("whole"));
        expected.remove(Staging.MARKER);
        TreeMap<String, String> actual = TestSites.snapshot(tmp.resolve("merged"));
        assertEquals(expected.keySet(), actual.keySet());
        for (String f : expected.keySet()) assertEquals(expected.get(f), actual.get(f), f);

        // the merge refuses two builds that wrote the same file differently
        TestSites.write(Path.of(parts.get(1)).resolve("sitemap.xml"), "not the same");
        String[] clash = run(tmp, merge.stream().map(a -> a.endsWith("merged") ? tmp.resolve("merged2").toString() : a).toList());
        assertEquals("1", clash[0], clash[1]);
        assertTrue(clash[1].contains("sitemap.xml differs"), clash[1]);
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePublishWorkflowBuildsEachLanguageInItsOwnJobThenMerges() {
        Map<String, Object> workflow = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(TestSites.read(TestSites.project().resolve(".github/workflows/publish.yml")));
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        Map<String, Object> build = (Map<String, Object>) jobs.get("build");
        Map<String, Object> matrix = (Map<String, Object>) ((Map<String, Object>) build.get("strategy")).get("matrix");
        List<String> languages = new ArrayList<>();
        try (var s = java.nio.file.Files.list(TestSites.project().resolve("i18n"))) {
            s.map(p -> p.getFileName().toString().replace(".yaml", "")).sorted().forEach(languages::add);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(languages, ((List<String>) matrix.get("lang")).stream().sorted().toList(), "a job per language");
        String steps = String.valueOf(build.get("steps"));
        assertTrue(steps.contains("./dossier build --lang ${{ matrix.lang }}"), steps);
        Map<String, Object> merge = (Map<String, Object>) jobs.get("merge");
        assertEquals("build", merge.get("needs"));
        assertTrue(String.valueOf(merge.get("steps")).contains(".ci/merge-languages site-output parts/site-*"));
        assertEquals("merge", ((Map<String, Object>) jobs.get("deploy")).get("needs"));
    }
}
