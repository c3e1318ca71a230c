package org.dossier.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a build into a fresh folder beside the output folder and swaps it in only when the build succeeded, so a
 * failed build leaves the previous output exactly as it was. Dossier owns only the output folder and its two
 * work folders ({@code .NAME.dossier-new}, {@code .NAME.dossier-old}); it refuses to replace a folder it did not make.
 */
public final class Staging {

    /** Written into every output folder: the proof that Dossier may replace it. */
    public static final String MARKER = ".dossier-output";

    private final Path out;
    private final Path tmp;
    private final Path old;

    private Staging(Path out) {
        this.out = out;
        String name = out.getFileName().toString();
        this.tmp = out.resolveSibling("." + name + ".dossier-new");
        this.old = out.resolveSibling("." + name + ".dossier-old");
    }

    /** Checks that {@code out} may be written, then prepares an empty staging folder. */
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
        Staging s = new Staging(out);
        deleteTree(s.tmp);
        deleteTree(s.old);
        Files.createDirectories(s.tmp);
        Files.writeString(s.tmp.resolve(MARKER), "Built by Dossier. This folder is replaced on every build.\n");
        return s;
    }

    private static boolean replaceable(Path out) throws IOException {
        if (!Files.isDirectory(out)) return false;
        if (Files.exists(out.resolve(MARKER))) return true;
        try (Stream<Path> s = Files.list(out)) {
            return s.allMatch(p -> p.getFileName().toString().startsWith("."));
        }
    }

    public void write(String rel, String text) {
        write(rel, text.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String rel, byte[] bytes) {
        try {
            Path p = tmp.resolve(rel).normalize();
            if (!p.startsWith(tmp)) throw new IOException("refusing to write outside the output: " + rel);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String rel) {
        return Files.exists(tmp.resolve(rel));
    }

    /**
     * Makes the staged build the output. {@code keep} names top-level entries of the previous output to carry over
     * (languages not rebuilt); top-level dot files (a placeholder such as .gitignore) are always carried over.
     */
    public void commit(List<String> keep) throws IOException {
        if (Files.isDirectory(out)) {
            try (Stream<Path> s = Files.list(out)) {
                for (Path p : s.toList()) {
                    String n = p.getFileName().toString();
                    if ((keep.contains(n) || (n.startsWith(".") && !n.equals(MARKER))) && !Files.exists(tmp.resolve(n))) {
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
            deleteTree(old);
        } else {
            Files.createDirectories(out.getParent());
            Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Throws the staged build away; the output is untouched. */
    public void abort() {
        try {
            deleteTree(tmp);
        } catch (IOException ignored) {
            // a leftover work folder is removed by the next build
        }
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
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
