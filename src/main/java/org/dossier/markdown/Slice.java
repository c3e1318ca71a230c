package org.dossier.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * A Flexmark sequence's characters as a range of a string, for scans that are a fraction of the cost: most of
 * Flexmark's sequences are slices of the text it parses, and reading one of them a character at a time costs a call
 * through two interfaces per character.
 */
record Slice(String text, int from, int to) {

    static Slice of(BasedSequence s) {
        // a SubSequence is a range of its base, as it is (but for NUL, which it shows as U+FFFD)
        if (s instanceof SubSequence && s.getBase() instanceof String base) return new Slice(base, s.getStartOffset(), s.getEndOffset());
        String text = s.toString();
        return new Slice(text, 0, text.length());
    }

    /** The slice's characters (NUL as the sequence has it: in a slice of the source, NUL itself). */
    String string() {
        return text.substring(from, to);
    }

    /** Whether the slice holds {@code c}. */
    boolean holds(char c) {
        for (int i = from; i < to; i++) if (text.charAt(i) == c) return true; // not indexOf: it would read on to the text's end
        return false;
    }
}
