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

    /** Runs the project's ./dossier with the environment changed as given; returns exit code and output. */
    private static String[] launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return launch(TestSites.project(), Path.of("."), env, args);
    }

    /** Runs the launcher of the installation {@code install} in {@code dir}; returns exit code and output. */
    private static String[] launch(Path install, Path dir, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", install.resolve("dossier").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
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

    /**
     * An installation of its own: the launcher and the jar, with a site of its own beside them (the fixture, in the
     * place of the brief); its archives are in {@code archives(install)}.
     */
    private Path install(String site) throws IOException {
        Path install = TestSites.copyTree(TestSites.fixture(site), tmp.resolve("install"));
        Files.copy(TestSites.project().resolve("dossier"), install.resolve("dossier"));
        Files.createDirectories(install.resolve("target"));
        Files.copy(TestSites.project().resolve("target/dossier.jar"), install.resolve("target/dossier.jar"));
        return install;
    }

    /** Runs the launcher of {@code install} in {@code dir}, on Java 17. */
    private String[] launchIn(Path install, Path dir, String... args) throws IOException, InterruptedException {
        return launch(install, dir, Map.of("DOSSIER_JDKS", tmp.resolve("no-jdks").toString(), "JAVA_HOME", thisJdk()), args);
    }

    /**
     * A failed build of the launcher's own site keeps its exit code and records no start-up archive: it stopped before
     * most classes were used; the next good build records it.
     */
    @Test
    void aFailedBuildKeepsItsExitCodeAndRecordsNoArchive() throws Exception {
        Files.createDirectories(tmp.resolve("no-jdks"));
        Path install = install("basic");
        Path about = install.resolve("content/en/about.md");
        String good = Files.readString(about);
        Files.writeString(about, "---\ntitle: [broken\n---\n");
        String[] built = launchIn(install, install, "build");
        assertEquals("1", built[0], built[1]);
        assertTrue(built[1].contains("content/en/about.md:"), built[1]);
        assertEquals(List.of(), archives(install), "no archive from a failed build");
        Files.writeString(about, good);
        String[] again = launchIn(install, install, "build");
        assertEquals("0", again[0], again[1]);
        assertEquals(1, archives(install).size(), "the next good build records it");
    }

    /**
     * A build of another site first records the archive from a build of the launcher's own site, out of sight and
     * leaving nothing else behind: it starts from it, however that build goes.
     */
    @Test
    void anotherSitesBuildStartsFromAnArchiveOfTheLaunchersOwnSite() throws Exception {
        Files.createDirectories(tmp.resolve("no-jdks"));
        Path install = install("basic");
        Path other = TestSites.copy("basic", tmp);
        Files.writeString(other.resolve("content/en/about.md"), "---\ntitle: [broken\n---\n");
        String[] built = launchIn(install, tmp, "build", "--site", other.toString(), "--out", tmp.resolve("out").toString());
        assertEquals("1", built[0], built[1]);
        assertTrue(built[1].contains("content/en/about.md:"), built[1]);
        assertFalse(built[1].contains("Built "), "the own site's build is not shown: " + built[1]);
        assertEquals(1, archives(install).size(), "recorded from the launcher's own site");
        try (var s = Files.list(install.resolve("target"))) {
            assertEquals(java.util.stream.Stream.of("dossier.jar", archives(install).get(0).getFileName().toString()).sorted().toList(),
                    s.map(f -> f.getFileName().toString()).sorted().toList(), "nothing else left behind");
        }
        assertFalse(Files.exists(install.resolve("site-output")), "the own site's output is not written");
    }

    private static List<Path> archives(Path install) throws IOException {
        try (var s = Files.list(install.resolve("target"))) {
            return s.filter(f -> f.getFileName().toString().matches("dossier-.*\\.jsa(\\.\\d+)?")).toList();
        }
    }
}
