package org.dossier.cli;

import org.dossier.output.Json;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code dossier init DIR}: a new site that builds as it is — its settings, an English locale file, a home page and a
 * copy of the default theme. Everything comes from the tool itself (the starter and the theme are resources of the
 * jar, {@code org/dossier/starter/}), so an installed dossier.jar makes a site anywhere.
 */
final class Init extends Main.Command {

    static final String DESCRIPTION = "Make a new site in DIR (a new or empty folder): content/site.yaml, i18n/en.yaml,"
            + " a home page and a copy of the default theme. It builds as it is.";
    static final String DIR = "The folder to make the site in: a new or empty one.";

    /** Where the starter site is on the class path: content/, i18n/, themes/default/, gitignore. */
    static final String STARTER = "org/dossier/starter";

    /** The starter's files whose {{title}} is the new site's name. */
    private static final Set<String> WITH_TITLE = Set.of("content/site.yaml", "content/en/_index.md");

    private final Path dir;

    Init(Args a) {
        dir = Path.of(a.param());
    }

    @Override
    int call() throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            err.println(dir + ": error: this is a file, not a folder — dossier init makes a site in a new or empty folder");
            err.flush();
            return 1;
        }
        if (Files.isDirectory(target)) {
            try (Stream<Path> s = Files.list(target)) {
                if (s.findAny().isPresent()) {
                    err.println(dir + ": error: the folder is not empty — dossier init makes a site in a new or empty"
                            + " folder only, so that it never overwrites anything: choose another folder");
                    err.flush();
                    return 1;
                }
            }
        }
        String title = title(target);
        try {
            copyStarter(target, title);
        } catch (IOException | URISyntaxException e) {
            err.println(dir + ": error: cannot make the site: " + e.getMessage() + " — check the folder's permissions"
                    + " and the disk space");
            err.flush();
            return 1;
        }
        out.println("Made a new site, \"" + title + "\", in " + dir + ":");
        out.println("  content/site.yaml      the site's settings: its title, description, address and fields");
        out.println("  content/en/_index.md   the home page");
        out.println("  i18n/en.yaml           English: the language's name, date format and the theme's words");
        out.println("  themes/default/        the default theme: templates, CSS and scripts");
        out.println("  .gitignore             keeps the built site (site-output/) out of version control");
        out.println();
        out.println("Next:");
        String serve = "cd " + quoted(dir.toString()) + " && dossier serve";
        int width = Math.max(serve.length(), "dossier new content/en/guide/_index.md".length()) + 2;
        out.printf("  %-" + width + "s%s%n", serve, "preview it at http://127.0.0.1:4000/");
        out.printf("  %-" + width + "s%s%n", "dossier new content/en/about.md", "add a page");
        out.printf("  %-" + width + "s%s%n", "dossier new content/en/guide/_index.md", "add a section");
        out.printf("  %-" + width + "s%s%n", "dossier build", "build it into site-output/, to publish");
        out.flush();
        return 0;
    }

    /** The site's first title, from the folder's name: "annual-report" → "Annual report". */
    static String title(Path target) {
        Path name = target.getFileName();
        String words = name == null ? "" : name.toString().replaceAll("[-_.]+", " ").strip();
        if (words.isEmpty()) return "My site";
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String quoted(String s) {
        return s.matches("[\\w./-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    /** Copies the starter site, with the theme, from the class path (a jar, or target/classes) into {@code target}. */
    private static void copyStarter(Path target, String title) throws IOException, URISyntaxException {
        URL marker = Init.class.getClassLoader().getResource(STARTER + "/content/site.yaml");
        if (marker == null) throw new IOException("the starter site is missing from the tool (" + STARTER + ")");
        URI uri = marker.toURI();
        if (uri.getScheme().equals("jar")) {
            FileSystem fs;
            boolean opened = false;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
                opened = true;
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            try {
                copyTree(fs.getPath("/" + STARTER), target, title);
            } finally {
                if (opened) fs.close();
            }
        } else {
            copyTree(Path.of(uri).getParent().getParent(), target, title);
        }
    }

    private static void copyTree(Path from, Path to, String title) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(from)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        String quoted = Json.str(title);
        String yamlTitle = quoted.substring(1, quoted.length() - 1);
        for (Path p : files) {
            String rel = from.relativize(p).toString().replace('\\', '/');
            Path dest = to.resolve(rel.equals("gitignore") ? ".gitignore" : rel);
            Files.createDirectories(dest.getParent());
            if (WITH_TITLE.contains(rel)) {
                String text = Files.readString(p, StandardCharsets.UTF_8).replace("{{title}}", yamlTitle);
                Files.writeString(dest, text, StandardCharsets.UTF_8);
            } else {
                Files.copy(p, dest);
            }
        }
    }
}
