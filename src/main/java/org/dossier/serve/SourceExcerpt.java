package org.dossier.serve;

import org.dossier.problems.Problem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The line of the source a problem points at, as a compiler shows it: the line, and under it a caret at the column
 * (spaces up to it, tabs kept, so that the caret stands under the character whatever the tab width).
 *
 * @param line  the source line (a very long one cut to the part around the column, marked with "…")
 * @param caret spaces and a '^' under the column; empty when the problem names no column
 */
record SourceExcerpt(String line, String caret) {

    /** Longest part of a line shown. */
    static final int WIDTH = 240;

    /**
     * The excerpt for {@code p}, read from its file under {@code root}; empty when it names no line, or its file is
     * not a readable text file inside the site folder (nothing outside it is ever read).
     */
    static Optional<SourceExcerpt> of(Path root, Problem p) {
        if (p.line() <= 0 || p.file() == null || p.file().isEmpty()) return Optional.empty();
        Path base = root.toAbsolutePath().normalize();
        Path file;
        try {
            file = base.resolve(p.file()).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
        if (!file.startsWith(base) || !Files.isRegularFile(file)) return Optional.empty();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text = null;
            for (int i = 0; i < p.line(); i++) {
                text = in.readLine();
                if (text == null) return Optional.empty();
            }
            return Optional.of(at(text, p.column()));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty(); // not UTF-8, or gone: the message says enough
        }
    }

    /** The excerpt of {@code text} with the caret at 1-based {@code column} (0: none). */
    static SourceExcerpt at(String text, int column) {
        int col = Math.min(column, text.length() + 1);
        int from = 0;
        String lead = "";
        if (text.length() > WIDTH) {
            from = col <= WIDTH - 40 ? 0 : Math.min(col - (WIDTH - 40), text.length() - WIDTH + 1);
            lead = from > 0 ? "…" : "";
            int to = Math.min(text.length(), from + WIDTH);
            text = lead + text.substring(from, to) + (to < text.length() ? "…" : "");
        }
        if (col <= 0) return new SourceExcerpt(text, "");
        StringBuilder caret = new StringBuilder(lead.isEmpty() ? "" : " ");
        String before = text.substring(lead.length(), lead.length() + col - 1 - from);
        for (int i = 0; i < before.length(); i++) caret.append(before.charAt(i) == '\t' ? '\t' : ' ');
        return new SourceExcerpt(text, caret.append('^').toString());
    }
}
