package org.dossier.links;

import org.dossier.problems.Problems;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks that every internal link of the site leads to a file of the build and, when it names a fragment, to an
 * element with that id. A dead link is an error: readers never meet one.
 */
public final class LinkChecker {

    /** What the checker knows of one output page. */
    public record PageLinks(String source, String outputFile, Set<String> ids, java.util.List<Link> links) {
    }

    /** A link as the page has it ({@code href}) and as it was written ({@code original}: in the Markdown, say). */
    public record Link(String href, String original) {
    }

    private LinkChecker() {
    }

    /**
     * @param pages    output file ("en/x/index.html") → what it offers and links to
     * @param exists   whether an output file exists (covers assets and pages kept from an earlier build)
     * @param basePath the base URL's path, for links that start with '/'
     * @param root     the site folder: a bad link is reported at its line in the source file when it is written there
     */
    public static void check(Map<String, PageLinks> pages, Predicate<String> exists, String basePath, Path root,
                             Problems problems) {
        Map<String, String> sources = new java.util.concurrent.ConcurrentHashMap<>();
        // most links are the navigation's, the same from every page of a folder: each path is resolved once
        Map<String, String> paths = new java.util.concurrent.ConcurrentHashMap<>();
        pages.values().parallelStream().forEach(page -> { // problems are sorted: the order found does not matter
            for (Link link : page.links()) {
                String problem = resolve(page, link.href(), pages, exists, basePath, paths);
                if (problem == null) continue;
                String text = sources.computeIfAbsent(page.source(), f -> read(root.resolve(f)));
                int line = lineOf(text, link.original());
                problems.error(page.source(), line, 0, "the link \"" + link.original() + "\" on " + page.outputFile()
                        + " " + problem, line > 0 ? "correct the address, or remove the link"
                        : "the link comes from the theme's templates: fix the template that makes it");
            }
        });
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** The 1-based line where {@code link} is written as a Markdown or HTML link target, or 0. */
    static int lineOf(String text, String link) {
        for (String form : new String[]{"](" + link + ")", "](" + link + " ", "href=\"" + link + "\"", ": " + link}) {
            int i = text.indexOf(form);
            if (i >= 0) return (int) text.substring(0, i).chars().filter(c -> c == '\n').count() + 1;
        }
        return 0;
    }

    /** What {@link #normalise} makes of a path that climbs above the site root, among the resolved paths. */
    private static final String ABOVE = "\0above";

    private static String resolve(PageLinks page, String link, Map<String, PageLinks> pages,
                                  Predicate<String> exists, String basePath, Map<String, String> paths) {
        if (link.isEmpty() || link.equals("#")) return "leads nowhere";
        String p = link;
        String fragment = null;
        int hash = p.indexOf('#');
        if (hash >= 0) {
            fragment = p.substring(hash + 1);
            p = p.substring(0, hash);
        }
        int query = p.indexOf('?');
        if (query >= 0) p = p.substring(0, query);
        String path;
        if (p.isEmpty()) {
            path = page.outputFile();
        } else if (p.startsWith("/")) {
            if (!p.startsWith(basePath)) return "is outside the site's base path " + basePath;
            path = paths.computeIfAbsent(p.substring(basePath.length()), LinkChecker::normaliseOrAbove);
        } else {
            String file = page.outputFile();
            path = paths.computeIfAbsent(file.substring(0, file.lastIndexOf('/') + 1) + p, LinkChecker::normaliseOrAbove);
        }
        if (path.equals(ABOVE)) return "points outside the site";
        if (path.isEmpty() || path.endsWith("/")) path += "index.html";
        if (!exists.test(path)) return "leads to " + path + ", which the build does not make";
        if (fragment != null && !fragment.isEmpty()) {
            PageLinks target = pages.get(path);
            String id = URLDecoder.decode(fragment, StandardCharsets.UTF_8);
            if (target != null && !target.ids().contains(id)) {
                return "names #" + id + ", which " + path + " does not have";
            }
        }
        return null;
    }

    private static String normaliseOrAbove(String path) {
        String n = normalise(path);
        return n == null ? ABOVE : n;
    }

    /** Resolves "." and ".." segments and %-escapes; null when the path climbs above the site root. */
    static String normalise(String path) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        String[] segs = path.split("/", -1);
        for (int i = 0; i < segs.length; i++) {
            String s = URLDecoder.decode(segs[i].replace("+", "%2B"), StandardCharsets.UTF_8);
            if (s.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.removeLast();
            } else if (!s.equals(".") && !(s.isEmpty() && i < segs.length - 1)) {
                parts.addLast(s);
            }
        }
        return String.join("/", parts);
    }
}
