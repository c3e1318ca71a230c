package org.dossier.output;

import org.dossier.config.SiteConfig;
import org.dossier.config.SiteFiles;
import org.dossier.problems.Problems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The theme's static files (and the site's overrides of them), copied to the output. CSS and JS get a content
 * hash in their name ("css/site.css" → "css/site.1a2b3c4d.css") so that hosts can cache them for a year.
 */
public final class Assets {

    private Assets() {
    }

    /** Copies every static file into the staging folder; returns theme name → output path. */
    public static Map<String, String> copy(SiteConfig config, Staging staging) throws IOException {
        Problems problems = new Problems();
        Map<String, String> names = copy(config, staging, problems);
        if (problems.hasErrors()) throw new IOException(problems.all().get(0).format());
        return names;
    }

    /**
     * The same, reporting a static file that cannot be read (gone, a link leading out of the site: see
     * {@link SiteFiles}) as a problem; the other files are copied.
     */
    public static Map<String, String> copy(SiteConfig config, Staging staging, Problems problems) {
        Map<String, Path> files = new LinkedHashMap<>();
        for (Path dir : List.of(config.themeDir().resolve("static"), config.overrideDir().resolve("static"))) {
            if (!Files.isDirectory(dir)) continue;
            for (Path p : SiteFiles.walk(config.root(), dir, problems)) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), p);
            }
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : files.entrySet()) {
            byte[] bytes = SiteFiles.readBytes(config.root(), e.getValue(), problems);
            if (bytes == null) continue;
            String name = e.getKey();
            String out = fingerprinted(name) ? withHash(name, bytes) : name;
            staging.write(out, bytes);
            names.put(name, out);
        }
        return names;
    }

    static boolean fingerprinted(String name) {
        return name.endsWith(".css") || name.endsWith(".js");
    }

    static String withHash(String name, byte[] bytes) {
        int dot = name.lastIndexOf('.');
        return name.substring(0, dot) + "." + hash(bytes) + name.substring(dot);
    }

    public static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
