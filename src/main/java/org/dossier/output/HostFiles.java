package org.dossier.output;

import java.util.Collection;
import java.util.List;

/**
 * The files a static host reads besides the pages: {@code _headers} (Netlify and Cloudflare Pages: security headers
 * and cache lifetimes) and {@code _redirects} (Netlify: each language's own 404 page), and the Content-Security-Policy
 * the pages also carry in a {@code <meta>} element, for hosts that ignore {@code _headers} (GitHub Pages) and for
 * pages opened from disk. Everything is derived from the base path, the languages and the fingerprinted assets.
 *
 * <p>{@code _headers} keeps the simplest form both hosts read: a path line, then two-space-indented
 * {@code Name: value} lines. No two rules set the same header on one path: Cloudflare Pages would join the values of
 * every rule that matches.
 */
public final class HostFiles {

    /** What the pages need and nothing more: the site's own files, no inline script or style, no frames. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    /** The policy for a {@code <meta http-equiv>}: browsers ignore frame-ancestors there (and warn about it). */
    public static final String CSP_META = CSP.replace("; frame-ancestors 'none'", "");

    /** Fingerprinted files: their name changes with their content, so a year is safe. */
    public static final String CACHE_IMMUTABLE = "public, max-age=31536000, immutable";

    /** Pages and the search index keep their address from build to build: always revalidated. */
    public static final String CACHE_REVALIDATE = "public, max-age=0, must-revalidate";

    public static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    /** The powerful features no page of the site uses, turned off. */
    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private HostFiles() {
    }

    /**
     * The {@code _headers} file.
     *
     * @param basePath    the base URL's path ("/" or "/brief/")
     * @param languages   the language codes, each with its folder
     * @param fingerprint the output paths of the fingerprinted files ("css/site.1a2b3c4d.css")
     */
    public static String headers(String basePath, List<String> languages, Collection<String> fingerprint) {
        StringBuilder sb = new StringBuilder();
        rule(sb, basePath + "*", "Content-Security-Policy: " + CSP, "X-Content-Type-Options: nosniff",
                "Referrer-Policy: " + REFERRER_POLICY, "Permissions-Policy: " + PERMISSIONS_POLICY);
        rule(sb, basePath, "Cache-Control: " + CACHE_REVALIDATE);
        rule(sb, basePath + "index.html", "Cache-Control: " + CACHE_REVALIDATE);
        rule(sb, basePath + "404.html", "Cache-Control: " + CACHE_REVALIDATE);
        for (String lang : languages) rule(sb, basePath + lang + "/*", "Cache-Control: " + CACHE_REVALIDATE);
        fingerprint.stream().sorted().forEach(f -> rule(sb, basePath + f, "Cache-Control: " + CACHE_IMMUTABLE));
        return sb.toString();
    }

    /**
     * The {@code _redirects} file: a missing address under a language's folder shows that language's 404 page, with
     * status 404 (Netlify; a file that exists always wins over these rules there). Cloudflare Pages does not accept
     * status 404 in {@code _redirects} and skips these lines; it finds the nearest 404.html by itself.
     */
    public static String redirects(String basePath, List<String> languages) {
        StringBuilder sb = new StringBuilder();
        for (String lang : languages) {
            sb.append(basePath).append(lang).append("/*  ").append(basePath).append(lang).append("/404.html  404\n");
        }
        if (!basePath.equals("/")) sb.append(basePath).append("*  ").append(basePath).append("404.html  404\n");
        return sb.toString();
    }

    private static void rule(StringBuilder sb, String path, String... headers) {
        sb.append(path).append('\n');
        for (String h : headers) sb.append("  ").append(h).append('\n');
    }
}
