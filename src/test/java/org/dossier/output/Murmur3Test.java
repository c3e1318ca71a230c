package org.dossier.output;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The build's fast hash is MurmurHash3 x64-128, whatever the pieces it is fed in. */
class Murmur3Test {

    private static long[] hash(String text, int seed) {
        return new Murmur3(seed).add(text.getBytes(StandardCharsets.UTF_8)).finish();
    }

    /** Published values (h1, h2) of the reference implementation, as other implementations' tests quote them. */
    @Test
    void knownValues() {
        assertArrayEquals(new long[]{0x629942693e10f867L, 0x92db0b82baeb5347L}, hash("hell", 0));
        assertArrayEquals(new long[]{0xa78ddff5adae8d10L, 0x128900ef20900135L}, hash("hello", 1));
        assertArrayEquals(new long[]{0x8a486b23f422e826L, 0xf962a2c58947765fL}, hash("hello ", 2));
        assertArrayEquals(new long[]{0x2ea59f466f6bed8cL, 0xc610990acc428a17L}, hash("hello w", 3));
        assertArrayEquals(new long[]{0x79f6305a386c572cL, 0x46305aed3483b94eL}, hash("hello wo", 4));
        assertArrayEquals(new long[]{0xc2219d213ec1f1b5L, 0xa1d8e2e0a52785bdL}, hash("hello wor", 5));
        assertArrayEquals(new long[]{0xe34bbc7bbc071b6cL, 0x7a433ca9c49a9347L},
                hash("The quick brown fox jumps over the lazy dog", 0));
        assertArrayEquals(new long[]{0x658ca970ff85269aL, 0x43fee3eaa68e5c3eL},
                hash("The quick brown fox jumps over the lazy cog", 0));
        assertEquals("00000000000000000000000000000000", Murmur3.hex(new byte[0]));
    }

    /**
     * SMHasher's verification value for MurmurHash3_x64_128, 0x6384BA69: keys {0}, {0,1}, … of every length 0–255,
     * each hashed with seed 256 − length; the 256 hashes (h1, h2 little-endian) hashed again with seed 0; its first
     * four bytes. Every length of tail and of whole blocks is in it.
     */
    @Test
    void smhasherVerification() {
        byte[] key = new byte[256];
        ByteBuffer hashes = ByteBuffer.allocate(256 * 16).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 256; i++) {
            key[i] = (byte) i;
            long[] h = new Murmur3(256 - i).add(key, 0, i).finish();
            hashes.putLong(h[0]).putLong(h[1]);
        }
        long[] all = new Murmur3(0).add(hashes.array()).finish();
        assertEquals(0x6384BA69, (int) all[0]);
    }

    /** Fed in pieces of any size, or byte by byte, it is the hash of the whole. */
    @Test
    void piecesMakeTheWhole() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            byte[] data = new byte[random.nextInt(300)];
            random.nextBytes(data);
            String whole = Murmur3.hex(data);
            Murmur3 pieces = new Murmur3();
            for (int i = 0; i < data.length; ) {
                int n = Math.min(data.length - i, random.nextInt(40));
                if (n == 1 && random.nextBoolean()) pieces.add(data[i]);
                else pieces.add(data, i, n);
                i += n;
            }
            assertEquals(whole, pieces.hex());
        }
    }
}
