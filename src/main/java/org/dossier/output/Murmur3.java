package org.dossier.output;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * MurmurHash3 x64-128 (Austin Appleby's public-domain design), fed in pieces: the build's one fast hash, for what
 * only tells a build whether something changed — the build cache's keys and fingerprints, the digest of each output
 * file. Not cryptographic: fine against accidents, not against someone crafting collisions on purpose. SHA-256 is
 * what it replaced: a build runs with the first JIT tier only, where SHA-256 is plain Java and about ten times slower
 * than this (a tenth of a cold build's CPU went to it). Names that are part of the site (fingerprinted assets, search
 * index files, translation revisions) keep their own SHA-256, so the output is unchanged. Not thread-safe.
 */
public final class Murmur3 {

    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private long h1;
    private long h2;
    private long length;
    /** The bytes of an unfinished 16-byte block. */
    private final ByteBuffer tail = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);

    public Murmur3() {
        this(0);
    }

    /** With a seed, as the reference code takes it (an unsigned 32-bit number): for its published test values. */
    Murmur3(int seed) {
        h1 = seed & 0xffffffffL;
        h2 = h1;
    }

    /** The hash of {@code bytes}, as 32 hex digits. */
    public static String hex(byte[] bytes) {
        return new Murmur3().add(bytes).hex();
    }

    /** The hash of {@code text}'s UTF-8 bytes, as 32 hex digits. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    public Murmur3 add(byte[] bytes) {
        return add(bytes, 0, bytes.length);
    }

    public Murmur3 add(byte[] bytes, int offset, int count) {
        length += count;
        int i = offset;
        int end = offset + count;
        if (tail.position() > 0) {
            int n = Math.min(tail.remaining(), count);
            tail.put(bytes, i, n);
            i += n;
            if (tail.hasRemaining()) return this;
            block(tail.getLong(0), tail.getLong(8));
            tail.clear();
        }
        // read through a little-endian view: under the first JIT tier this is much faster than assembling bytes
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (; end - i >= 16; i += 16) block(b.getLong(i), b.getLong(i + 8));
        tail.put(bytes, i, end - i);
        return this;
    }

    public Murmur3 add(byte b) {
        length++;
        tail.put(b);
        if (!tail.hasRemaining()) {
            block(tail.getLong(0), tail.getLong(8));
            tail.clear();
        }
        return this;
    }

    private void block(long k1, long k2) {
        h1 ^= mix1(k1);
        h1 = Long.rotateLeft(h1, 27) + h2;
        h1 = h1 * 5 + 0x52dce729;
        h2 ^= mix2(k2);
        h2 = Long.rotateLeft(h2, 31) + h1;
        h2 = h2 * 5 + 0x38495ab5;
    }

    private static long mix1(long k) {
        return Long.rotateLeft(k * C1, 31) * C2;
    }

    private static long mix2(long k) {
        return Long.rotateLeft(k * C2, 33) * C1;
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        return k ^ (k >>> 33);
    }

    /** The two halves of the hash (the reference code's h1, h2); this object is spent after. */
    long[] finish() {
        int n = tail.position();
        long k1 = 0;
        long k2 = 0;
        for (int i = n - 1; i >= 8; i--) k2 = k2 << 8 | (tail.get(i) & 0xffL);
        for (int i = Math.min(n, 8) - 1; i >= 0; i--) k1 = k1 << 8 | (tail.get(i) & 0xffL);
        long a = h1 ^ (n > 0 ? mix1(k1) : 0) ^ length;
        long b = h2 ^ (n > 8 ? mix2(k2) : 0) ^ length;
        a += b;
        b += a;
        a = fmix(a);
        b = fmix(b);
        a += b;
        b += a;
        return new long[]{a, b};
    }

    /** The hash as 32 hex digits; this object is spent after. */
    public String hex() {
        long[] h = finish();
        return HexFormat.of().toHexDigits(h[0]) + HexFormat.of().toHexDigits(h[1]);
    }
}
