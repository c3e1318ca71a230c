package org.dossier.config;

import java.util.regex.Pattern;

/**
 * What may become part of an output path: a language code, a file or folder name of the content, a slug, an alias,
 * a theme's name. Checked when the site is loaded, so that no value can make the build write outside its output
 * folder, over a file it makes itself, or at an address no link can reach.
 */
public final class Names {

    /** A language code: a BCP 47 tag's shape (en, pt-br, zh-Hant). It names a folder of the output. */
    public static final Pattern LANGUAGE_CODE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    /** Files the build writes at the root of the output: an alias there would replace them. */
    private static final java.util.Set<String> ROOT_FILES = java.util.Set.of("index.html", "404.html", "sitemap.xml",
            "robots.txt", "_headers", "_redirects");

    private Names() {
    }

    public static boolean languageCode(String code) {
        return code != null && LANGUAGE_CODE.matcher(code).matches();
    }

    /**
     * Why {@code name} cannot be one segment of an address (a file or folder name, a slug, a section), or null when
     * it can: it must not be empty, nor only dots (".." leads up a folder), nor hold a character that an address
     * cannot carry as it is ('/', '\', '?', '#', '%', '"', '<', '>', '|', control characters).
     */
    public static String badSegment(String name) {
        if (name.isEmpty()) return "it is empty";
        if (name.chars().allMatch(c -> c == '.')) return "'" + name + "' would lead to another folder";
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ("/\\?#%\"<>|".indexOf(c) >= 0) return "an address cannot hold '" + c + "'";
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') return "it holds a control character";
        }
        return null;
    }

    /**
     * Why {@code alias} (an old address: "/old/path/", "/old/page.html") cannot be written, or null when it can: it
     * must start with '/', have no empty, dot or hidden ('.name') segment, and not name a file the build makes at
     * the root of the output (the language chooser, the 404 page, the sitemap…).
     */
    public static String badAlias(String alias) {
        if (!alias.startsWith("/")) return "it must be a path starting with '/'";
        String path = alias.substring(1);
        if (path.isEmpty() || path.equals("index.html")) return "'/' is the language chooser's address";
        String[] parts = (path.endsWith("/") ? path.substring(0, path.length() - 1) : path).split("/", -1);
        for (String part : parts) {
            if (part.isEmpty()) return "it has an empty segment ('//')";
            if (part.startsWith(".")) return "'" + part + "' " + (part.chars().allMatch(c -> c == '.')
                    ? "would lead to another folder" : "would be a hidden file");
            String bad = badSegment(part);
            if (bad != null) return bad;
        }
        if (ROOT_FILES.contains(parts[0])) return "the build writes /" + parts[0] + " itself";
        return null;
    }
}
