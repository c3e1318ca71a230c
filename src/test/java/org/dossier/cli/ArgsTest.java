package org.dossier.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line's own reading of arguments: what each form means, and every form it refuses. */
class ArgsTest {

    private static final Args.Spec SPEC = new Args.Spec("try", "Tries things out.", List.of(
            new Args.Option("--site", "DIR", "The site folder."),
            new Args.Option("--port", "N", "A port."),
            new Args.Option("--drafts", null, "Drafts too.")), null, null);

    private static final Args.Spec WITH_PARAM = new Args.Spec("make", "Makes a thing.", List.of(), "FILE", "The file.");

    private static Args parse(Args.Spec spec, String... args) {
        return Args.parse(spec, List.of(args));
    }

    private static String refused(Args.Spec spec, String... args) {
        return assertThrows(Args.Usage.class, () -> parse(spec, args)).getMessage();
    }

    @Test
    void optionsTakeTheirValueAfterAnEqualsSignOrAsTheNextArgument() {
        Args a = parse(SPEC, "--site=a b", "--port", "8080", "--drafts");
        assertEquals(Path.of("a b"), a.path("--site", null));
        assertEquals(8080, a.number("--port", 4000));
        assertTrue(a.flag("--drafts"));
        assertEquals("", parse(SPEC, "--site=").value("--site"), "an empty value is a value");
        assertEquals("--drafts", parse(SPEC, "--site", "--drafts").value("--site"), "the next argument, whatever it is");
    }

    @Test
    void whatIsNotGivenIsTheDefault() {
        Args a = parse(SPEC);
        assertNull(a.value("--site"));
        assertEquals(Path.of("."), a.path("--site", Path.of(".")));
        assertEquals(4000, a.number("--port", 4000));
        assertFalse(a.flag("--drafts"));
        assertFalse(a.flag("--help"));
    }

    @Test
    void helpAndVersionInTheirShortAndLongForms() {
        assertTrue(parse(SPEC, "-h").flag("--help"));
        assertTrue(parse(SPEC, "--drafts", "--help").flag("--help"));
        assertTrue(parse(SPEC, "-V").flag("--version"));
        assertTrue(parse(WITH_PARAM, "--help").flag("--help"), "help needs no parameter");
    }

    @Test
    void aParameterOnceWhereTheCommandTakesOne() {
        assertEquals("content/en/x.md", parse(WITH_PARAM, "content/en/x.md").param());
        assertEquals("Missing required parameter: 'FILE'", refused(WITH_PARAM));
        assertEquals("Unmatched argument: 'b'", refused(WITH_PARAM, "a", "b"));
        assertEquals("Unmatched argument: 'a'", refused(SPEC, "a"));
    }

    @Test
    void everyOtherFormIsRefusedWithWhatWasWrong() {
        assertEquals("Unknown option: '--no-such-option'", refused(SPEC, "--no-such-option"));
        assertEquals("Unknown option: '--site-x=1'", refused(SPEC, "--site-x=1"));
        assertEquals("Unknown option: '-x'", refused(SPEC, "-x"));
        assertEquals("Missing value for option '--port=N'", refused(SPEC, "--port"));
        assertEquals("Option '--drafts' takes no value: '--drafts=yes'", refused(SPEC, "--drafts=yes"));
        assertEquals("Invalid value for option '--port': 'x' is not a whole number",
                assertThrows(Args.Usage.class, () -> parse(SPEC, "--port", "x").number("--port", 0)).getMessage());
    }

    @Test
    void theHelpListsEveryOptionInLinesOfEightyCharactersAtMost() {
        Args.Spec wordy = new Args.Spec("wordy", "A command. ".repeat(20), List.of(
                new Args.Option("--long", "VALUE", "Words words. ".repeat(15))), "DIR", "A folder.");
        String help = Args.help(wordy);
        assertTrue(help.startsWith("Usage: dossier wordy [-hV] DIR [--long=VALUE]\n"), help);
        for (String line : help.split("\n")) assertTrue(line.length() <= 80, line);
        for (String shown : List.of("  DIR ", "  --long=VALUE ", "  -h, --help ", "  -V, --version ")) {
            assertTrue(help.contains(shown), shown + " in:\n" + help);
        }
        assertEquals(help.replaceAll("\\s+", " ").split("Words words\\.", -1).length - 1, 15, "no word lost");
    }
}
