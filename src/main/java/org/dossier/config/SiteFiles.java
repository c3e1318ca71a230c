package org.dossier.config;

import org.dossier.problems.Problem;
import org.dossier.problems.Problems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * The site's own files, and only those: every file Dossier reads from the site folder (content, data, locale
 * files, templates, static files) is found and read through here. A symbolic link that stays inside the site is
 * followed; one that leads outside it ({@code content/en/x.md → /etc/passwd}) is refused with an error at the link,
 * so that a build never publishes a file from elsewhere on the machine. A file that vanishes or cannot be read
 * while the build runs is a problem too, never an exception.
 */
public final class SiteFiles {

    /** The largest text file Dossier reads (the same as the YAML limit): bigger is surely a mistake. */
    public static final long MAX_TEXT_BYTES = 8L * 1024 * 1024;

    private SiteFiles() {
    }

    /** {@code path} relative to the site folder, with '/' separators, as messages name files. */
    public static String display(Path root, Path path) {
        Path r = root.toAbsolutePath().normalize();
        Path p = path.toAbsolutePath().normalize();
        return p.startsWith(r) ? r.relativize(p).toString().replace('\\', '/') : p.toString();
    }

    /**
     * The error when {@code path} (a path inside the site folder) is, or goes through, a symbolic link that leads
     * outside the site folder; null when it stays inside (or does not exist: whoever reads it reports that).
     */
    public static Problem leaves(Path root, Path path) {
        Path realRoot;
        Path real;
        try {
            realRoot = root.toRealPath();
            real = path.toRealPath();
        } catch (IOException e) {
            return null;
        }
        if (real.startsWith(realRoot)) return null;
        // name the link itself: the first part of the path that is a link leading out
        Path abs = path.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        Path at = abs;
        if (abs.startsWith(base)) {
            Path cur = base;
            for (Path part : base.relativize(abs)) {
                cur = cur.resolve(part.toString());
                if (!Files.isSymbolicLink(cur)) continue;
                try {
                    if (!cur.toRealPath().startsWith(realRoot)) {
                        at = cur;
                        real = cur.toRealPath();
                        break;
                    }
                } catch (IOException e) {
                    return null;
                }
            }
        }
        return Problem.error(display(root, at), 0, 0, "this is a link to " + real + ", outside the site folder;"
                        + " Dossier reads only the site's own files",
                "copy what it links to into the site folder and remove the link (links to files inside the site are fine)");
    }

    /**
     * The regular files under {@code dir}, sorted, following links that stay inside the site; a link leading out
     * and a link that loops back into its own folder are reported and skipped. A missing {@code dir} has none.
     */
    public static List<Path> walk(Path root, Path dir, Problems problems) {
        return walk(root, dir, d -> false, problems);
    }

    /** The same, leaving out the folders {@code skip} names (not read, so not checked either). */
    public static List<Path> walk(Path root, Path dir, java.util.function.Predicate<Path> skip, Problems problems) {
        List<Path> files = new ArrayList<>();
        if (!Files.exists(dir)) return files;
        Problem out = leaves(root, dir);
        if (out != null) {
            problems.add(out);
            return files;
        }
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    if (d.equals(dir)) return FileVisitResult.CONTINUE;
                    if (skip.test(d)) return FileVisitResult.SKIP_SUBTREE;
                    if (!Files.isSymbolicLink(d)) return FileVisitResult.CONTINUE;
                    Problem p = leaves(root, d);
                    if (p == null) return FileVisitResult.CONTINUE;
                    problems.add(p);
                    return FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (!attrs.isRegularFile()) return FileVisitResult.CONTINUE; // a dangling link, a device…
                    // only a link can lead out of a folder inside the site (the folders that are links were checked)
                    Problem p = Files.isSymbolicLink(f) ? leaves(root, f) : null;
                    if (p != null) problems.add(p);
                    else files.add(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        Path link = f; // the link the walk came through, rather than the folder it found again
                        while (link != null && link.startsWith(dir) && !Files.isSymbolicLink(link)) link = link.getParent();
                        problems.error(display(root, link != null && link.startsWith(dir) ? link : f), 0, 0,
                                "this link leads back to a folder that holds it,"
                                + " so the folder would never end", "remove the link, or point it somewhere else");
                    } else if (!(e instanceof NoSuchFileException)) { // gone since the folder was listed: not a file any more
                        problems.add(cannotRead(root, f, e));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            problems.add(cannotRead(root, dir, e instanceof UncheckedIOException u ? u.getCause() : (IOException) e));
        }
        files.sort(null);
        return files;
    }

    /** The entries of folder {@code dir} (not its sub-folders), sorted; links leading out are reported and left out. */
    public static List<Path> list(Path root, Path dir, Problems problems) {
        List<Path> entries = new ArrayList<>();
        if (!Files.isDirectory(dir)) return entries;
        Problem out = leaves(root, dir);
        if (out != null) {
            problems.add(out);
            return entries;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                Problem link = Files.isSymbolicLink(p) ? leaves(root, p) : null;
                if (link != null) problems.add(link);
                else entries.add(p);
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(cannotRead(root, dir, e instanceof UncheckedIOException u ? u.getCause() : (IOException) e));
        }
        return entries;
    }

    /**
     * A text file of the site, strictly UTF-8, line ends normalised to \n and any BOM dropped (see {@link TextFiles});
     * null when it cannot be used: a link leading out of the site, too big, gone, unreadable, not UTF-8 (reported).
     */
    public static String readText(Path root, Path path, Problems problems) {
        Problem out = leaves(root, path);
        if (out != null) {
            problems.add(out);
            return null;
        }
        return readFound(root, path, problems);
    }

    /**
     * A text file {@link #walk} found, as {@link #readText} gives it: the walk has checked that it is the site's own
     * (checking again would resolve its real path, and the site folder's, once more for every file).
     */
    public static String readFound(Path root, Path path, Problems problems) {
        String file = display(root, path);
        try {
            long size = Files.size(path);
            if (size > MAX_TEXT_BYTES) {
                problems.error(file, 0, 0, "the file is " + (size / (1024 * 1024)) + " MB; Dossier reads text files of"
                        + " up to " + (MAX_TEXT_BYTES / (1024 * 1024)) + " MB", "split it into several files");
                return null;
            }
            return TextFiles.read(path, file, problems);
        } catch (IOException e) {
            problems.add(cannotRead(root, path, e));
            return null;
        }
    }

    /** The bytes of a file of the site (a static file); null when it cannot be used (reported). */
    public static byte[] readBytes(Path root, Path path, Problems problems) {
        Problem out = leaves(root, path);
        if (out != null) {
            problems.add(out);
            return null;
        }
        try {
            return Files.readAllBytes(path);
        } catch (IOException | OutOfMemoryError e) {
            problems.add(e instanceof IOException io ? cannotRead(root, path, io)
                    : Problem.error(display(root, path), 0, 0, "the file is too big to read", "make it smaller"));
            return null;
        }
    }

    /** Why {@code path} could not be read, for an editor. */
    public static Problem cannotRead(Path root, Path path, IOException e) {
        String file = display(root, path);
        if (e instanceof NoSuchFileException) {
            return Problem.error(file, 0, 0, "the file was moved or deleted while Dossier was reading the site",
                    "build again once the files are in place");
        }
        if (e instanceof AccessDeniedException) {
            return Problem.error(file, 0, 0, "Dossier is not allowed to read this file", "check its permissions");
        }
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return Problem.error(file, 0, 0, "cannot read the file (" + why + ")",
                "check that it is a readable file, then build again");
    }
}
