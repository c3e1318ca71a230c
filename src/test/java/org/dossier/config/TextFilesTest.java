package org.dossier.config;

import org.dossier.problems.Problems;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Strict UTF-8: a bad byte is reported where it is; a U+FFFD the text holds is text like any other. */
class TextFilesTest {

    @Test
    void aReplacementCharacterOfTheTextIsKept() {
        Problems problems = new Problems();
        String text = "---\ntitle: Odd \uFFFD sign\n---\nBody.\n";
        assertEquals(text, TextFiles.decode(text.getBytes(StandardCharsets.UTF_8), "a.md", problems));
        assertTrue(problems.all().isEmpty());
    }

    @Test
    void aBadByteIsReportedAtItsLineAndColumn() {
        Problems problems = new Problems();
        byte[] bytes = "---\ntitle: Caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1);
        assertNull(TextFiles.decode(bytes, "a.md", problems));
        assertEquals("a.md:2:11: error: the file is not UTF-8 text (byte 0xE9 here)",
                problems.all().get(0).format().replaceFirst(" — .*", ""));
    }

    @Test
    void aByteOrderMarkIsDroppedAndLineEndsAreNewlines() {
        byte[] bytes = "\uFEFFa\r\nb\rc\u00e9\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("a\nb\nc\u00e9\n", TextFiles.decode(bytes, "a.md", new Problems()));
    }
}
