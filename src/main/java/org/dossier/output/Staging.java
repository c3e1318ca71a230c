package org.dossier.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes a build into a work folder beside the output folder and swaps it in only when the build succeeded, so a
 * failed build leaves the previous output exactly as it was. Dossier owns only the output folder and its two work
 * folders ({@code .NAME.dossier-new}, {@code .NAME.dossier-old}); it refuses to replace a folder it did not make.
 *
 * <p>The output the last swap replaced is kept as {@code .NAME.dossier-old} and becomes the next build's work folder:
 * its files are written over in place and those the new build does not write are deleted. A rebuild therefore
 * creates no file or folder that exists already — on many disks, creating files is most of the cost of writing a
 * site — and a file whose bytes are already there ({@link #write(String, byte[], String)} with the hash of what the
 * folder holds) is not written at all.
 */
public final class Staging {

    /** Written into every output folder: the proof that Dossier may replace it. */
    public static final String MARKER = ".dossier-output";

    private final Path out;
    private final Path tmp;
    private final Path old;
    /** The files the work folder held when it was opened (a reused output), relative to it. */
    private final Set<String> found;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    /** The folders this build has made. */
    private final Set<Path> made = ConcurrentHashMap.newKeySet();
    private volatile Map<String, String> held = Map.of();

    private final String heldBuild;

    private Staging(Path out, Set<String> found, String heldBuild) {
        this.out = out;
        this.tmp = work(out, "new");
        this.old = work(out, "old");
        this.found = found;
        this.heldBuild = heldBuild;
    }

    /** A work folder of the output folder {@code out}: ".NAME.dossier-new", ".NAME.dossier-old". */
    public static Path work(Path out, String which) {
        return out.resolveSibling("." + out.getFileName() + ".dossier-" + which);
    }

    /**
     * Checks that {@code out} may be written, then prepares the work folder: the output a previous build replaced
     * (or the work folder of a build that failed), to be written over, or a new empty folder.
     */
    public static Staging open(Path out, Path siteRoot) throws IOException {
        out = out.toAbsolutePath().normalize();
        Path root = siteRoot.toAbsolutePath().normalize();
        if (root.startsWith(out)) {
            throw new IOException("the output folder " + out + " holds the site itself; choose another folder with --out");
        }
        if (Files.exists(out) && !replaceable(out)) {
            throw new IOException("the output folder " + out + " is not empty and was not made by Dossier;"
                    + " choose a new or empty folder with --out");
        }
        Path tmp = work(out, "new");
        Path old = work(out, "old");
        if (Files.isDirectory(old, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.exists(tmp)) {
            Files.move(old, tmp, StandardCopyOption.ATOMIC_MOVE);
        }
        deleteTree(old);
        Set<String> found = new HashSet<>();
        if (Files.isDirectory(tmp, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.walkFileTree(tmp, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path p, BasicFileAttributes a) { // the walk's own look: not a second
                    if (a.isRegularFile()) found.add(tmp.relativize(p).toString().replace('\\', '/'));
                    return FileVisitResult.CONTINUE;
                }
            });
        } else {
            deleteTree(tmp);
            Files.createDirectories(tmp);
        }
        String held = found.isEmpty() ? null : builtIn(tmp);
        Files.deleteIfExists(tmp.resolve(MARKER)); // until this build is done, the folder holds no finished build
        return new Staging(out, Set.copyOf(found), held);
    }

    /**
     * Writes the marker that makes the folder Dossier's, naming the build ({@code id}: a digest of what it holds, so
     * that the same input gives the same output byte for byte). Last, before {@link #commit}: a work folder whose
     * build stopped half-way names no build, and is not taken for a finished one.
     */
    public void mark(String id) {
        write(MARKER, "Built by Dossier. This folder is replaced on every build.\n" + (id == null ? "" : "build: " + id + "\n"));
    }

    private static boolean replaceable(Path out) throws IOException {
        if (!Files.isDirectory(out)) return false;
        if (Files.exists(out.resolve(MARKER))) return true;
        try (Stream<Path> s = Files.list(out)) {
            return s.allMatch(p -> p.getFileName().toString().startsWith("."));
        }
    }

    /** Writes a file of the build; returns the digest of its bytes ({@link #hash}). */
    public String write(String rel, String text) {
        return write(rel, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a file of the build; returns the digest of its bytes ({@link #hash}). */
    public String write(String rel, byte[] bytes) {
        Path p = tmp.resolve(rel).normalize();
        try {
            if (!p.startsWith(tmp) || p.equals(tmp)) throw new IOException("refusing to write outside the output: " + rel);
            String key = tmp.relativize(p).toString().replace('\\', '/');
            String hash = hash(bytes);
            boolean first = written.add(key);
            hashes.put(key, hash);
            boolean there = found.contains(key) || !first; // a file that may hold other bytes already
            if (first && there && hash.equals(held.get(key))) return hash; // already there, byte for byte
            Path dir = p.getParent();
            if (!there && !made.contains(dir)) { // a new folder: made once, before its first file (not after a failed open)
                Files.createDirectories(dir);
                made.add(dir);
            }
            try {
                overwrite(p, bytes, there);
            } catch (NoSuchFileException e) { // a folder removed since the work folder was opened
                Files.createDirectories(dir);
                overwrite(p, bytes, there);
            }
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The file {@code rel} of the output being replaced, unchanged in this build (its bytes have digest {@code hash}):
     * left as it is when the work folder holds it already, else copied from the output. Returns false when the
     * output's file is not what the build expects (missing, or edited by hand), and nothing is written.
     */
    public boolean keep(String rel, String hash) {
        String key = key(rel);
        if (hash.equals(held.get(key)) && found.contains(key)) {
            written.add(key);
            hashes.put(key, hash);
            return true;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(out.resolve(key));
        } catch (IOException e) {
            return false;
        }
        if (!hash.equals(hash(bytes))) return false;
        write(key, bytes);
        return true;
    }

    /** What the reused work folder holds, by the build cache: file → {@link #hash} (files it lists are not rewritten). */
    public void hold(Map<String, String> files) {
        held = Map.copyOf(files);
    }

    /** The files this build has written (or kept), with the digest of their bytes. */
    public Map<String, String> hashes() {
        return new java.util.TreeMap<>(hashes);
    }

    /** A digest of a file's bytes ({@link Murmur3}): it only tells whether two files differ, and names the build. */
    public static String hash(byte[] bytes) {
        return Murmur3.hex(bytes);
    }

    /** The build recorded in the work folder's marker, when it holds a whole earlier output (else null). */
    public String heldBuild() {
        return heldBuild;
    }

    /** The build the output folder holds now, from its marker (null when there is none). */
    public static String builtIn(Path dir) {
        try {
            for (String line : Files.readAllLines(dir.resolve(MARKER))) {
                if (line.startsWith("build: ")) return line.substring(7).strip();
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /**
     * Writes {@code bytes} over the file, or into a new one: from its start, then cut to their length. (Not opened
     * with truncation: ext4 flushes a file truncated to nothing and written again when it is closed, which makes
     * rewriting a site many times slower than writing into the files as they are.)
     */
    private static void overwrite(Path p, byte[] bytes, boolean there) throws IOException {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE, StandardOpenOption.CREATE)) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) ch.write(b);
            if (there && ch.size() > bytes.length) ch.truncate(bytes.length); // a new file is no longer than its bytes
        }
    }

    /** Whether this build has written {@code rel} (a file the reused work folder held before does not count). */
    public boolean exists(String rel) {
        return written.contains(key(rel));
    }

    /** A file's key: its path relative to the work folder, normalised, with forward slashes. */
    private String key(String rel) {
        if (isPlain(rel)) return rel; // asked for every link of every page: no Path where none is needed
        return tmp.relativize(tmp.resolve(rel).normalize()).toString().replace('\\', '/');
    }

    /** Whether {@code rel} is a normalised relative path already: no empty, "." or ".." segment, no backslash. */
    private static boolean isPlain(String rel) {
        if (rel.isEmpty() || rel.indexOf('\\') >= 0) return false;
        int start = 0;
        while (true) { // each segment: not empty, not "." nor ".."
            int end = rel.indexOf('/', start);
            int length = (end < 0 ? rel.length() : end) - start;
            if (length == 0 || (rel.charAt(start) == '.' && (length == 1 || (length == 2 && rel.charAt(start + 1) == '.')))) {
                return false;
            }
            if (end < 0) return true;
            start = end + 1;
        }
    }

    /** The files this build wrote, relative to the output folder. */
    public Set<String> written() {
        return Set.copyOf(written);
    }

    /**
     * Makes the staged build the output. {@code keep} names top-level entries of the previous output to carry over
     * (languages not rebuilt); top-level dot files (a placeholder such as .gitignore) are always carried over. The
     * files of the reused work folder that this build did not write are deleted first, with the folders they leave
     * empty; the replaced output is kept as the next build's work folder.
     */
    public void commit(List<String> keep) throws IOException {
        if (!written.contains(MARKER)) mark(null);
        List<Path> emptied = new ArrayList<>();
        for (String rel : found) {
            if (written.contains(rel)) continue;
            Path p = tmp.resolve(rel);
            Files.deleteIfExists(p);
            emptied.add(p.getParent());
        }
        emptied.stream().distinct().sorted(Comparator.comparingInt(Path::getNameCount).reversed())
                .forEach(this::deleteEmptyUpwards);
        if (Files.isDirectory(out)) {
            Set<String> tops = new HashSet<>();
            for (String w : written) tops.add(w.contains("/") ? w.substring(0, w.indexOf('/')) : w);
            try (Stream<Path> s = Files.list(out)) {
                for (Path p : s.toList()) {
                    String n = p.getFileName().toString();
                    if ((keep.contains(n) || (n.startsWith(".") && !n.equals(MARKER))) && !tops.contains(n)) {
                        deleteTree(tmp.resolve(n));
                        copyTree(p, tmp.resolve(n));
                    }
                }
            }
            Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
            try {
                Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
                throw e;
            }
        } else {
            Files.createDirectories(out.getParent());
            Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Removes {@code dir} and its parents inside the work folder while they are empty. */
    private void deleteEmptyUpwards(Path dir) {
        for (Path d = dir; d != null && d.startsWith(tmp) && !d.equals(tmp); d = d.getParent()) {
            try (Stream<Path> s = Files.list(d)) {
                if (s.findAny().isPresent()) return;
            } catch (IOException e) {
                return;
            }
            try {
                Files.delete(d);
            } catch (IOException e) {
                return;
            }
        }
    }

    /**
     * Gives the build up; the output is untouched. The work folder stays, to be reused by the next build (which
     * overwrites or deletes everything in it).
     */
    public void abort() {
        // nothing to undo: the output folder was never touched
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
