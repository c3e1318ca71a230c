package org.dossier.output;

import java.util.regex.Pattern;

/** The one place links are made, so that a site works at a domain root, under a sub-path and from disk. */
public final class Urls {

    /** Whether a link has a scheme ("https:", "mailto:", "data:"): it leads outside the site's files. */
    public static boolean hasScheme(String href) {
        return ABSOLUTE.matcher(href).matches();
    }

    /** A URL with a scheme: "https:", "mailto:", "data:" … */
    private static final Pattern ABSOLUTE = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    private Urls() {
    }

    /**
     * A link from the page at {@code from} to {@code target}.
     *
     * @param from     the linking page's URL relative to the site root ("en/tracks/"), "" for the root page, or
     *                 null when links must not depend on the page's place (the 404 page, served at any address):
     *                 then the link starts at the base path
     * @param target   a site path ("en/editorial/", "/en/editorial/#x", "assets/site.css"); external URLs, mailto:
     *                 and "#fragment" links are returned unchanged
     * @param basePath the path part of the base URL ("/" or "/brief/")
     */
    public static String link(String from, String target, String basePath) {
        if (target.isEmpty() || target.startsWith("#") || hasScheme(target)
                || target.startsWith("//")) {
            return target;
        }
        String t = target.startsWith("/") ? target.substring(1) : target;
        if (from == null) return basePath + t;
        String[] fromDirs = from.isEmpty() ? new String[0] : from.substring(0, from.lastIndexOf('/') + 1).split("/");
        int hash = t.indexOf('#');
        String path = hash < 0 ? t : t.substring(0, hash);
        String fragment = hash < 0 ? "" : t.substring(hash);
        String[] to = path.split("/", -1);
        int common = 0;
        while (common < fromDirs.length && common < to.length - 1 && fromDirs[common].equals(to[common])) common++;
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < fromDirs.length; i++) if (!fromDirs[i].isEmpty()) sb.append("../");
        for (int i = common; i < to.length; i++) {
            sb.append(to[i]);
            if (i < to.length - 1) sb.append('/');
        }
        String rel = sb.toString();
        if (rel.isEmpty()) rel = "./";
        return rel + fragment;
    }

    /**
     * A link as it must be written for reading from disk without JavaScript ({@code dossier build --local}): a link
     * to a folder gets that folder's {@code index.html} ("../editorial/#x" → "../editorial/index.html#x", "./" →
     * "./index.html"), since a browser shows a folder listing for a folder address on disk. External links,
     * "#fragment" and "?query" links and links to files are returned unchanged.
     */
    public static String fileLink(String href) {
        if (hasScheme(href) || href.startsWith("//")) return href;
        int cut = href.length();
        for (char c : new char[]{'?', '#'}) {
            int i = href.indexOf(c);
            if (i >= 0 && i < cut) cut = i;
        }
        String path = href.substring(0, cut);
        String rest = href.substring(cut);
        if (path.isEmpty()) return href;
        if (path.endsWith("/")) return path + "index.html" + rest;
        if (path.equals(".") || path.equals("..") || path.endsWith("/.") || path.endsWith("/..")) {
            return path + "/index.html" + rest;
        }
        return href;
    }

    /** The output file of a page URL: "en/tracks/" → "en/tracks/index.html". */
    public static String file(String url) {
        return url.isEmpty() || url.endsWith("/") ? url + "index.html" : url;
    }
}
