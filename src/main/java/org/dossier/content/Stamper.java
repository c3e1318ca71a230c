package org.dossier.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes a translation's {@code translated_from} stamp into its front matter, changing nothing else in the file. */
public final class Stamper {

    private static final Pattern LINE = Pattern.compile("(?m)^translated_from:.*$");

    private Stamper() {
    }

    /** Returns true when the file changed. A BOM and CRLF line ends are kept as the file had them. */
    public static boolean stamp(Path file, String revision) throws IOException {
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        boolean bom = raw.startsWith("\uFEFF");
        String text = bom ? raw.substring(1) : raw;
        boolean crlf = text.contains("\r\n");
        if (crlf) text = text.replace("\r\n", "\n");
        String stamped = stamped(text, revision);
        if (stamped.equals(text)) return false;
        if (crlf) stamped = stamped.replace("\n", "\r\n");
        Files.writeString(file, (bom ? "\uFEFF" : "") + stamped, StandardCharsets.UTF_8);
        return true;
    }

    static String stamped(String text, String revision) {
        // quoted: a hash such as 928e6052 would otherwise be read as a number (928 × 10^6052)
        String line = "translated_from: \"" + revision + "\"";
        if (!text.startsWith("---\n")) return "---\n" + line + "\n---\n" + text;
        int end = text.indexOf("\n---", 3);
        String front = text.substring(0, end);
        Matcher m = LINE.matcher(front);
        String newFront = m.find() ? m.replaceFirst(line) : front + "\n" + line;
        return newFront + text.substring(end);
    }
}
