package org.dossier.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A SHA-256 digest built from parts, as 16 hex digits: the build cache's keys. Not thread-safe; one per key. */
final class Digest {

    private final MessageDigest md;

    Digest() {
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds a part; parts are separated, so ("ab", "c") and ("a", "bc") differ. */
    Digest add(Object part) {
        md.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        return this;
    }

    Digest add(byte[] bytes) {
        md.update(bytes);
        md.update((byte) 0);
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(md.digest(), 0, 8);
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
