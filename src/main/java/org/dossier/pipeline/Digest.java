package org.dossier.pipeline;

import org.dossier.output.Murmur3;

import java.nio.charset.StandardCharsets;

/** A digest built from parts ({@link Murmur3}), as 32 hex digits: the build cache's keys. Not thread-safe; one per key. */
final class Digest {

    private final Murmur3 hash = new Murmur3();

    /** Adds a part; parts are separated, so ("ab", "c") and ("a", "bc") differ. */
    Digest add(Object part) {
        hash.add(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
        hash.add((byte) 0);
        return this;
    }

    Digest add(byte[] bytes) {
        hash.add(bytes);
        hash.add((byte) 0);
        return this;
    }

    String hex() {
        return hash.hex();
    }

    static String of(Object... parts) {
        Digest d = new Digest();
        for (Object p : parts) d.add(p);
        return d.hex();
    }

    static String of(byte[] bytes) {
        return new Digest().add(bytes).hex();
    }
}
