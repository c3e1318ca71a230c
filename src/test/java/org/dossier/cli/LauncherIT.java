package org.dossier.cli;

import org.dossier.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher as a user runs it (after the package phase, on the packaged jar): it runs on the Java it finds — Java
 * 17 when no newer JDK is installed — builds a site, and records a start-up archive on the first build.
 */
class LauncherIT {

    @TempDir
    Path tmp;

    /** Runs ./dossier with the environment changed as given; returns exit code and output. */
    private static String[] launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", TestSites.project().resolve("dossier").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new String[]{String.valueOf(p.waitFor()), out};
    }

    /** The JDK running this test: Java 17 in CI (Maven's), the oldest Java Dossier supports. */
    private static String thisJdk() {
        return Path.of(System.getProperty("java.home")).toString();
    }

    @Test
    void runsOnTheJavaItFindsAndOnJava17WhenThereIsNoNewerOne() throws Exception {
        Path none = Files.createDirectories(tmp.resolve("no-jdks"));
        Map<String, String> only17 = Map.of("DOSSIER_JDKS", none.toString(), "JAVA_HOME", thisJdk());
        String[] version = launch(only17, "--version");
        assertEquals("0", version[0], version[1]);
        assertTrue(version[1].contains("(Java " + System.getProperty("java.version")), version[1]);

        Path site = TestSites.copy("basic", tmp);
        String[] built = launch(only17, "build", "--site", site.toString(), "--out", tmp.resolve("out").toString());
        assertEquals("0", built[0], built[1]);
        assertTrue(built[1].contains("Built "), built[1]);
        assertFalse(built[1].contains("AOT") || built[1].contains("[cds]") || built[1].contains("JAVA_TOOL_OPTIONS"),
                "the JVM's words about its archive are not shown: " + built[1]);
        assertTrue(Files.isRegularFile(tmp.resolve("out/en/index.html")));
        try (var s = Files.list(TestSites.project().resolve("target"))) {
            assertTrue(s.anyMatch(f -> f.getFileName().toString().matches("dossier-.*\\.(jsa|aot)")), "a start-up archive");
        }
        String[] again = launch(only17, "build", "--site", site.toString(), "--out", tmp.resolve("out").toString());
        assertEquals("0", again[0], again[1]);
    }

    /** A failed build keeps its exit code, and records no start-up archive: it stopped before most classes were used. */
    @Test
    void aFailedBuildKeepsItsExitCodeAndRecordsNoArchive() throws Exception {
        Path none = Files.createDirectories(tmp.resolve("no-jdks"));
        Map<String, String> only17 = Map.of("DOSSIER_JDKS", none.toString(), "JAVA_HOME", thisJdk());
        for (Path a : archives()) Files.delete(a);
        Path site = TestSites.copy("basic", tmp);
        Path about = site.resolve("content/en/about.md");
        String good = Files.readString(about);
        Files.writeString(about, "---\ntitle: [broken\n---\n");
        String[] built = launch(only17, "build", "--site", site.toString(), "--out", tmp.resolve("out").toString());
        assertEquals("1", built[0], built[1]);
        assertTrue(built[1].contains("content/en/about.md:"), built[1]);
        assertEquals(List.of(), archives(), "no archive from a failed build");
        Files.writeString(about, good);
        assertEquals("0", launch(only17, "build", "--site", site.toString(), "--out", tmp.resolve("out").toString())[0]);
        assertEquals(1, archives().size(), "the next good build records it");
    }

    private static List<Path> archives() throws IOException {
        try (var s = Files.list(TestSites.project().resolve("target"))) {
            return s.filter(f -> f.getFileName().toString().matches("dossier-.*\\.jsa(\\.\\d+)?")).toList();
        }
    }
}
