package org.dossier.pipeline;

import org.dossier.output.Murmur3;
import org.dossier.output.Staging;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Where a build finds what the last one knew ({@link BuildState}): nowhere ({@link #none}: every page is rendered),
 * in memory (the dev server, {@link #memory}), or on disk: the folder {@code .NAME.dossier-cache} beside the output
 * folder {@code NAME}, which the tool owns and which is safe to delete. On disk it also keeps a fingerprint of every
 * input file, of the tool and of the options: when none has changed and the output is the one it recorded, a build
 * does nothing at all. Any change of input, tool version or option gives another fingerprint; a state written by
 * another version of the tool is not read.
 */
public final class BuildCache {

    /**
     * Bump when BuildState's form or its digests change (2: Murmur3 digests, not SHA-256; 3: {@link StateFile}; 4: the
     * report in StateFile's form too, not Java's serialization).
     */
    private static final String FORMAT = "dossier-cache-5";
    /** The digest after the bytes of state.bin and report.bin: {@link Murmur3#hex}, 32 characters. */
    private static final int DIGEST = 32;

    private final Path dir;
    private final boolean keep;
    /** Where a {@link #seeded} cache reads its first state from (it writes nothing there). */
    private Path seed;
    private BuildState state;
    private boolean read;
    /** In memory only: the last good build's site, to preview edited text with. */
    private Preview preview;

    private BuildCache(Path dir, boolean keep) {
        this.dir = dir;
        this.keep = keep;
    }

    /** No cache: every page is rendered (the translation report, tests of the cold path). */
    public static BuildCache none() {
        return new BuildCache(null, false);
    }

    /** A cache in memory, for builds one after the other in the same process (the dev server). */
    public static BuildCache memory() {
        return new BuildCache(null, true);
    }

    /**
     * A cache in memory that starts from what the cache on disk beside the output holds (the dev server: its first
     * build keeps the pages the last command-line build made; it writes nothing to disk).
     */
    public static BuildCache seeded(BuildOptions options) {
        BuildCache c = new BuildCache(null, true);
        c.seed = folder(options.out());
        return c;
    }

    /** The cache on disk beside the output folder of {@code options}. */
    public static BuildCache disk(BuildOptions options) {
        return new BuildCache(folder(options.out()), true);
    }

    /** The cache folder of an output folder: ".NAME.dossier-cache" beside it. */
    public static Path folder(Path out) {
        return Staging.work(out.toAbsolutePath().normalize(), "cache");
    }

    boolean onDisk() {
        return dir != null;
    }

    /** The fingerprint of the inputs and the output the last build recorded, when both still hold: nothing to do. */
    BuildState.Report unchanged(String fingerprint, Path out) {
        if (dir == null || fingerprint == null) return null;
        try {
            String[] saved = Files.readString(dir.resolve("fingerprint"), StandardCharsets.UTF_8).split("\n");
            if (saved.length < 3 || !saved[0].equals(FORMAT) || !saved[1].equals(fingerprint)) return null;
            if (!saved[2].equals(Staging.builtIn(out))) return null;
            ByteArrayInputStream report = readChecked(dir.resolve("report.bin"));
            return report == null ? null : StateFile.readReport(report);
        } catch (IOException e) {
            return null;
        }
    }

    /** What the last build knew, or null (no cache, nothing yet, or written by another version of the tool). */
    BuildState previous() {
        Path from = dir != null ? dir : seed;
        if (!read && from != null) {
            read = true;
            try {
                ByteArrayInputStream bytes = readChecked(from.resolve("state.bin"));
                state = bytes == null ? null : StateFile.read(bytes);
            } catch (IOException e) {
                state = null; // unreadable: a cold build, which writes it anew
            }
        }
        return state;
    }

    /** Keeps what a successful build knew, with the fingerprint of its inputs (null: none known). */
    void save(BuildState s, String fingerprint) {
        if (!keep) return;
        state = s;
        read = true;
        if (dir == null) return;
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(dir.resolve("fingerprint")); // first: a half-written cache never matches
            writeChecked(dir.resolve("state.bin"), out -> StateFile.write(out, s));
            writeChecked(dir.resolve("report.bin"), out -> StateFile.writeReport(out, s.report()));
            if (fingerprint != null) write(dir.resolve("fingerprint"), FORMAT + "\n" + fingerprint + "\n" + s.id() + "\n");
        } catch (IOException e) {
            // a cache that cannot be written is no cache: the next build is a cold one
        }
    }

    /** Keeps the last good build's site for previews, when this cache is in memory only. */
    void keep(Preview p) {
        if (keep && dir == null) preview = p;
    }

    /** What previews an edit against the last good build of this cache (in memory only; not after a failed build). */
    public Optional<Preview> preview() {
        return Optional.ofNullable(preview);
    }

    /** Forgets what the last build knew (a failed build leaves the cache of the last good one as it was). */
    void clear() {
        state = null;
        read = true;
    }

    /**
     * The bytes a cache file holds after its header, when the header names this form and this tool and the digest
     * after them matches them; else null (another version's file, or a damaged one).
     */
    private static ByteArrayInputStream readChecked(Path p) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(p)))) {
            if (!(FORMAT + Inputs.tool()).equals(in.readUTF())) return null;
            byte[] bytes = in.readAllBytes();
            int end = bytes.length - DIGEST;
            if (end < 0 || !new String(bytes, end, DIGEST, StandardCharsets.US_ASCII)
                    .equals(new Murmur3().add(bytes, 0, end).hex())) return null;
            return new ByteArrayInputStream(bytes, 0, end);
        }
    }

    private interface Body {
        void write(java.io.OutputStream out) throws IOException;
    }

    /** A cache file: its header, the bytes {@code body} writes, streamed, then their digest; moved into place whole. */
    private static void writeChecked(Path p, Body body) throws IOException {
        Path tmp = p.resolveSibling(p.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            out.writeUTF(FORMAT + Inputs.tool());
            Murmur3 digest = new Murmur3();
            body.write(new java.io.FilterOutputStream(out) { // the digest of the bytes as they pass
                @Override
                public void write(int b) throws IOException {
                    digest.add((byte) b);
                    out.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    digest.add(b, off, len);
                    out.write(b, off, len);
                }
            });
            out.write(digest.hex().getBytes(StandardCharsets.US_ASCII)); // a damaged file is no cache
        }
        Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void write(Path p, String text) throws IOException {
        Path tmp = p.resolveSibling(p.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
