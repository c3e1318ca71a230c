package org.dossier.pipeline;

import org.dossier.config.SiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which templates a render uses, read from the templates themselves: a layout, what it includes and imports (and
 * what those do), and every shortcode (any text may call one). A template that includes a name it computes makes
 * every render depend on every template. For the build cache: a template's edit makes again the pages that use it.
 */
final class TemplateDeps {

    private static final Pattern DIRECTIVE = Pattern.compile("<#(?:include|import)\\s+([^\\s>]+)");

    /** Template name ("tracks/page.ftl") → digest of the file that wins (the site's override, else the theme's). */
    private final Map<String, String> digests = new HashMap<>();
    private final Map<String, Set<String>> includes = new HashMap<>();
    private final Map<String, String> closures = new java.util.concurrent.ConcurrentHashMap<>();
    private boolean dynamic;

    TemplateDeps(SiteConfig config) {
        for (Path dir : List.of(config.themeDir().resolve("templates"), config.overrideDir().resolve("templates"))) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".ftl")).toList()) {
                    String name = dir.relativize(p).toString().replace('\\', '/');
                    String text = Files.readString(p);
                    digests.put(name, Digest.of(name, text)); // the override, read second, wins
                    Set<String> used = new LinkedHashSet<>();
                    Matcher m = DIRECTIVE.matcher(text);
                    while (m.find()) {
                        String arg = m.group(1);
                        if (!arg.startsWith("\"") || !arg.endsWith("\"")) dynamic = true;
                        else used.add(resolve(name, arg.substring(1, arg.length() - 1)));
                    }
                    includes.put(name, used);
                }
            } catch (IOException | java.io.UncheckedIOException e) { // a template moving while read: depend on all
                dynamic = true;
            }
        }
    }

    /** A name as Freemarker resolves it from template {@code from}: relative to its folder, or from the root ("/x"). */
    private static String resolve(String from, String name) {
        if (name.startsWith("/")) return Path.of(name.substring(1)).normalize().toString().replace('\\', '/');
        Path dir = Path.of(from).getParent();
        return (dir == null ? Path.of(name) : dir.resolve(name)).normalize().toString().replace('\\', '/');
    }

    /** The digest of the templates a render of {@code layout} uses. */
    String of(String layout) {
        return closures.computeIfAbsent(layout, l -> {
            Set<String> all = new TreeSet<>();
            if (dynamic) {
                all.addAll(digests.keySet());
            } else {
                walk(l, all);
                for (String n : digests.keySet()) if (n.startsWith("shortcodes/")) walk(n, all);
            }
            Digest d = new Digest().add(l);
            for (String n : all) d.add(n).add(digests.getOrDefault(n, "-"));
            return d.hex();
        });
    }

    private void walk(String name, Set<String> seen) {
        if (!seen.add(name)) return;
        for (String n : includes.getOrDefault(name, Set.of())) walk(n, seen);
    }
}
