package org.dossier.pipeline;

import org.dossier.config.SiteConfig;
import org.dossier.content.Page;
import org.dossier.content.SiteModel;
import org.dossier.output.Murmur3;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Digests of what a build reads, for the build cache: of every input file at once (a rebuild with nothing changed
 * stops there), and of the parts a page's render depends on — the site's settings, the skeleton of the site (every
 * page but its text), a page's body.
 */
final class Inputs {

    private Inputs() {
    }

    /** Files larger than this are taken by their size and time, not read: images, not text the build reads. */
    private static final long READ_LIMIT = 256 * 1024;

    /**
     * How many bytes of Markdown a fingerprint keeps for the loader; the files beyond are read again. Kept bytes
     * outlive a few collections, so they add to the build's peak memory (all 42 MB of a 10,000-page site: 377 →
     * 422 MiB), while reading a file again costs ~10 µs.
     */
    private static final long KEEP_LIMIT = 16L << 20;

    /** A build's inputs as one digest, and the content files' bytes read to make it (see {@link #fingerprint}). */
    record Fingerprint(String digest, Map<String, byte[]> texts) {
    }

    /**
     * Everything a build of {@code options} reads: the tool itself, the options, and every file under content/,
     * themes/ and i18n/. Equal digests mean an equal output. The Markdown files of content/ are kept, by the name
     * problems give them ("content/en/x.md"), for the loader not to read them again (up to {@link #KEEP_LIMIT}).
     */
    static Fingerprint fingerprint(BuildOptions options) {
        Map<String, byte[]> texts = new ConcurrentHashMap<>(); // the loader takes them on several threads
        Digest d = new Digest().add(tool()).add(options.baseUrl().orElse("")).add(options.drafts())
                .add(options.local()).add(options.lang().orElse(""));
        for (String dir : List.of("content", "themes", "i18n")) {
            files(d, options.root(), options.root().resolve(dir), dir.equals("content") ? texts : null);
        }
        return new Fingerprint(d.hex(), texts);
    }

    /** The tool's own code: the jar (or class folder) it runs from, by size and time. */
    static String tool() {
        try {
            Path code = Path.of(Builder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Digest d = new Digest().add(org.dossier.cli.Main.VERSION);
            if (Files.isDirectory(code)) {
                try (Stream<Path> s = Files.walk(code)) {
                    for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                        d.add(code.relativize(p)).add(Files.size(p)).add(Files.getLastModifiedTime(p).toMillis());
                    }
                }
            } else {
                d.add(Files.size(code)).add(Files.getLastModifiedTime(code).toMillis());
            }
            return d.hex();
        } catch (Exception e) {
            return "unknown-" + System.nanoTime(); // cannot tell: no cache entry will match
        }
    }

    /**
     * Adds every regular file under {@code dir} (sorted; a missing folder adds nothing); keeps the bytes of the
     * Markdown files read in {@code texts}, when given. The files are read and digested on every core, and their
     * digests added in order.
     */
    private static void files(Digest d, Path root, Path dir, Map<String, byte[]> texts) {
        Map<Path, BasicFileAttributes> found = new TreeMap<>();
        if (Files.isRegularFile(dir, LinkOption.NOFOLLOW_LINKS)) {
            found.put(dir, null);
        } else if (!Files.isDirectory(dir)) {
            d.add("-" + root.relativize(dir));
            return;
        } else try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path p, BasicFileAttributes a) {
                    if (a.isRegularFile() || a.isSymbolicLink()) found.put(p, a); // the walk's own attributes: no second look
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            d.add("unreadable " + System.nanoTime()); // a folder changing while read: never a match
            return;
        }
        AtomicLong kept = new AtomicLong();
        List<String> parts = new ArrayList<>(found.keySet()).parallelStream().map(p -> {
            String name = root.relativize(p).toString().replace('\\', '/');
            try {
                BasicFileAttributes a = found.get(p);
                long size = a != null && a.isRegularFile() ? a.size() : Files.size(p); // a link: its target's
                if (size > READ_LIMIT) return name + "\0" + size + "\0" + Files.getLastModifiedTime(p).toMillis();
                byte[] bytes = Files.readAllBytes(p);
                if (texts != null && name.endsWith(".md") && kept.addAndGet(bytes.length) <= KEEP_LIMIT) texts.put(name, bytes);
                return name + "\0" + size + "\0" + Murmur3.hex(bytes);
            } catch (IOException e) {
                return "unreadable " + name + System.nanoTime();
            }
        }).toList();
        parts.forEach(d::add);
    }

    /**
     * What every page's render depends on besides pages and templates: the tool, the options, site.yaml, the theme's
     * static files, map and schema, the site's static overrides, and the data files with their translations.
     */
    static String settings(BuildOptions options, SiteConfig config) {
        Digest d = new Digest().add(tool()).add(options.baseUrl().orElse("")).add(options.drafts()).add(options.local());
        Path root = config.root();
        files(d, root, root.resolve(SiteConfig.FILE), null);
        for (String part : List.of("static", "map", "theme.yaml")) files(d, root, config.themeDir().resolve(part), null);
        files(d, root, config.overrideDir().resolve("static"), null);
        files(d, root, config.dataDir(), null);
        try (Stream<Path> s = Files.list(config.contentDir())) {
            for (Path lang : s.filter(Files::isDirectory).sorted().toList()) {
                if (!lang.getFileName().toString().startsWith("_")) files(d, root, lang.resolve("_data"), null);
            }
        } catch (IOException e) {
            d.add("no content " + System.nanoTime());
        }
        return d.hex();
    }

    /** A locale file's digest. */
    static String locale(SiteConfig config, String lang) {
        Digest d = new Digest();
        files(d, config.root(), config.i18nDir().resolve(lang + ".yaml"), null);
        return d.hex();
    }

    /**
     * Every page of the site but its text (and a translation's source revision, which changes with its source's
     * text): what lists, links, titles and front matter show of it.
     */
    static String skeleton(SiteModel model) {
        Digest d = new Digest();
        for (Page p : model.pages()) d.add(meta(p));
        return d.hex();
    }

    private static String meta(Page p) {
        return String.join("\u0001", p.lang(), p.contentLang(), p.path(), p.file(), p.kind().name(), p.url(), p.title(),
                p.description(), String.valueOf(p.weight()), String.valueOf(p.draft()), p.layout(),
                String.valueOf(p.aliases()), String.valueOf(p.params()), String.valueOf(new java.util.TreeMap<>(p.keyLines())),
                String.valueOf(p.parentPath()), String.valueOf(p.fallback()),
                String.valueOf(new java.util.TreeMap<>(p.fieldLangs())), String.valueOf(p.started()));
    }

    /**
     * What a page shows of itself beyond the skeleton: its text ({@code body}, its {@link #body}), where it is, and
     * for a translation its source's revision (a source edited since makes it stale: only that page says so).
     */
    static String own(String body, Page p) {
        return Digest.of(body, p.sourceRevision());
    }

    /** A page's text, where it is: what a render that shows it depends on. */
    static String body(Page p) {
        return p == null ? "-" : Digest.of(p.file(), p.bodyLine(), p.body());
    }
}
