package org.dossier.content;

import org.dossier.config.Yaml;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StamperTest {

    @Test
    void addsOrReplacesTheStampAndKeepsTheRest() {
        String page = "---\ntitle: Titolo\nkey_message: >-\n  Testo lungo\n  su due righe.\n---\nCorpo.\n";
        String once = Stamper.stamped(page, "1a2b3c4d");
        assertEquals("---\ntitle: Titolo\nkey_message: >-\n  Testo lungo\n  su due righe.\ntranslated_from: \"1a2b3c4d\"\n---\nCorpo.\n", once);
        assertEquals(once.replace("1a2b3c4d", "9f9f9f9f"), Stamper.stamped(once, "9f9f9f9f"));
    }

    @Test
    void aHashThatLooksLikeANumberStaysText() {
        String stamped = Stamper.stamped("---\ntitle: T\n---\n", "928e6052");
        Yaml.Doc doc = Yaml.parse(stamped.substring(4, stamped.indexOf("\n---", 3) + 1), "x.md", 2);
        assertEquals("928e6052", doc.map().get("translated_from"));
    }

    @Test
    void keepsABomAndCrlfLineEnds(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws java.io.IOException {
        java.nio.file.Path file = tmp.resolve("x.md");
        java.nio.file.Files.writeString(file, "\uFEFF---\r\ntitle: Titolo\r\n---\r\nCorpo.\r\n");
        assertEquals(true, Stamper.stamp(file, "1a2b3c4d"));
        assertEquals("\uFEFF---\r\ntitle: Titolo\r\ntranslated_from: \"1a2b3c4d\"\r\n---\r\nCorpo.\r\n",
                java.nio.file.Files.readString(file));
        assertEquals(false, Stamper.stamp(file, "1a2b3c4d"), "stamped once, the file is left alone");
    }
}
