package org.dossier.cli;

import org.dossier.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {

    @Test
    void printsVersion() {
        TestSites.Run run = TestSites.cli("--version");
        assertEquals(0, run.code());
        assertTrue(run.out().strip().startsWith("dossier " + Main.VERSION + " (Java "), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "check", "serve"})
    void everyCommandHasHelp(String command) {
        TestSites.Run run = TestSites.cli(command, "--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("Usage: dossier " + command), run.out());
        assertTrue(run.out().contains("--site"), run.out());
    }

    @Test
    void badUsageExitsWithTwo() {
        TestSites.Run run = TestSites.cli("build", "--no-such-option");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("Unknown option: '--no-such-option'"), run.err());
        assertEquals(2, TestSites.cli("explode").code());
    }

    @Test
    void theHelpListsEveryCommandAndAWrongCallShowsTheUsage() {
        TestSites.Run help = TestSites.cli("--help");
        assertEquals(0, help.code());
        for (String command : List.of("build", "check", "serve", "i18n", "init", "new")) {
            assertTrue(help.out().contains("\n  " + command + " "), command + " in:\n" + help.out());
        }
        assertEquals(2, TestSites.cli().code(), "no command");
        TestSites.Run unknown = TestSites.cli("explode");
        assertTrue(unknown.err().startsWith("Unknown command: 'explode'\nUsage: dossier [-hV] COMMAND"), unknown.err());
        TestSites.Run init = TestSites.cli("init");
        assertEquals(2, init.code());
        assertTrue(init.err().startsWith("Missing required parameter: 'DIR'\nUsage: dossier init"), init.err());
        assertEquals(0, TestSites.cli("init", "--help").code());
        TestSites.Run port = TestSites.cli("serve", "--port=x");
        assertEquals(2, port.code());
        assertTrue(port.err().startsWith("Invalid value for option '--port'"), port.err());
    }

    @Test
    void aMissingSiteIsAContentErrorNotACrash() {
        TestSites.Run run = TestSites.cli("build", "--site", "/nonexistent/place");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("content/site.yaml: error: no site configuration found"), run.err());
    }

    @Test
    void buildLocalWritesLinksForReadingFromDisk(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) {
        java.nio.file.Path site = TestSites.copy("basic", tmp);
        java.nio.file.Path out = tmp.resolve("out");
        TestSites.Run run = TestSites.cli("build", "--site", site.toString(), "--out", out.toString(), "--local");
        assertEquals(0, run.code(), run.err());
        String about = TestSites.read(out.resolve("en/about/index.html"));
        assertTrue(about.contains("href=\"../index.html\""), about);
        assertTrue(!about.matches("(?s).*href=\"[^\":#?]*/\".*"), "no link to a folder: " + about);
        assertTrue(TestSites.cli("build", "--help").out().contains("--local"));
    }

    @Test
    void unknownLanguageIsReported() {
        TestSites.Run run = TestSites.cli("check", "--site", TestSites.fixture("basic").toString(), "--lang", "xx");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("there is no language 'xx' — use one of: en"), run.err());
    }
}
