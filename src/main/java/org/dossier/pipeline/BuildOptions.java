package org.dossier.pipeline;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build and where.
 *
 * @param root    the site folder (holding content/, themes/, i18n/)
 * @param out     the output folder; replaced as a whole on success
 * @param lang    build only this language (the others stay in the output as they were)
 * @param baseUrl overrides base_url from site.yaml
 * @param drafts  include pages with draft: true
 * @param local   links for reading from disk without JavaScript: every link to a folder ends in index.html (--local)
 */
public record BuildOptions(Path root, Path out, Optional<String> lang, Optional<String> baseUrl, boolean drafts,
                           boolean local) {

    public BuildOptions(Path root, Path out, Optional<String> lang, Optional<String> baseUrl, boolean drafts) {
        this(root, out, lang, baseUrl, drafts, false);
    }

    public static BuildOptions of(Path root) {
        return new BuildOptions(root, root.resolve("site-output"), Optional.empty(), Optional.empty(), false);
    }

    /** Whether this build renders language {@code code} (every language, unless --lang names one). */
    public boolean builds(String code) {
        return lang.isEmpty() || lang.get().equals(code);
    }

    public BuildOptions withOut(Path dir) {
        return new BuildOptions(root, dir, lang, baseUrl, drafts, local);
    }

    public BuildOptions withDrafts(boolean include) {
        return new BuildOptions(root, out, lang, baseUrl, include, local);
    }

    public BuildOptions withLang(String code) {
        return new BuildOptions(root, out, Optional.ofNullable(code), baseUrl, drafts, local);
    }

    public BuildOptions withBaseUrl(String url) {
        return new BuildOptions(root, out, lang, Optional.ofNullable(url), drafts, local);
    }

    public BuildOptions withLocal(boolean fileLinks) {
        return new BuildOptions(root, out, lang, baseUrl, drafts, fileLinks);
    }
}
