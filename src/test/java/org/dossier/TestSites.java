package org.dossier;

import org.dossier.pipeline.BuildOptions;
import org.dossier.pipeline.BuildResult;
import org.dossier.pipeline.Builder;
import org.dossier.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Helpers for tests: copy a fixture site somewhere writable, build it, run the CLI, read the output. */
public final class TestSites {

    private TestSites() {
    }

    /** The project folder (where pom.xml is). */
    public static Path project() {
        return Path.of("").toAbsolutePath();
    }

    public static Path fixture(String name) {
        return project().resolve("src/test/resources/sites").resolve(name);
    }

    /** Copies fixture {@code name} into {@code dir}/site and returns that folder. */
    public static Path copy(String name, Path dir) {
        return copyTree(fixture(name), dir.resolve("site"));
    }

    /**
     * The two-language fixture ("multi": en, it) with the project's default theme and its en/it locale files, in
     * {@code dir}/site: for tests of what the real theme does with languages.
     */
    public static Path multilingual(Path dir) {
        Path site = copy("multi", dir);
        copyTree(project().resolve("themes/default"), site.resolve("themes/default"));
        for (String code : java.util.List.of("en", "it")) {
            write(site.resolve("i18n/" + code + ".yaml"), read(project().resolve("i18n/" + code + ".yaml")));
        }
        return site;
    }

    public static Path copyTree(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BuildResult build(Path site, Path out) {
        return Builder.build(new BuildOptions(site, out, Optional.empty(), Optional.empty(), false));
    }

    /** An HTML file, parsed. */
    public static Document html(Path p) {
        return Jsoup.parse(read(p));
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path p, String text) {
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code dir} with its content: to prove a folder was left exactly as it was. */
    public static TreeMap<String, String> snapshot(Path dir) {
        TreeMap<String, String> m = new TreeMap<>();
        if (!Files.exists(dir)) return m;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(dir.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    /** The outcome of a CLI run. */
    public record Run(int code, String out, String err) {
    }

    /** Runs the CLI with an empty environment (so that the tests behave the same in GitHub Actions). */
    public static Run cli(String... args) {
        return cli(java.util.Map.of(), args);
    }

    /** Runs the CLI as if the environment held {@code env} (e.g. GITHUB_ACTIONS=true). */
    public static Run cli(java.util.Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
