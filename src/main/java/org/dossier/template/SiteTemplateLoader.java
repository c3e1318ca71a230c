package org.dossier.template;

import freemarker.cache.TemplateLoader;
import org.dossier.config.SiteFiles;
import org.dossier.problems.Problem;
import org.dossier.problems.Problems;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds templates in the site's overrides, then in the theme, and reads them like every other text file of the site
 * ({@link SiteFiles}): strictly UTF-8, a BOM dropped and CRLF line ends made LF (so they build exactly like LF
 * files), links inside the site followed and links leading out of it refused.
 */
final class SiteTemplateLoader implements TemplateLoader {

    /** A template that cannot be read, already phrased as a problem. */
    static final class Refused extends IOException {
        private final transient Problem problem;

        Refused(Problem problem) {
            super(problem.format());
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }

    private final Path root;
    private final List<Path> dirs;

    SiteTemplateLoader(Path root, List<Path> dirs) {
        this.root = root;
        this.dirs = List.copyOf(dirs);
    }

    @Override
    public Object findTemplateSource(String name) {
        for (Path d : dirs) {
            Path p = d.resolve(name).normalize();
            if (p.startsWith(d) && Files.isRegularFile(p)) return p;
        }
        return null;
    }

    @Override
    public long getLastModified(Object source) {
        try {
            return Files.getLastModifiedTime((Path) source).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        Problems problems = new Problems();
        String text = SiteFiles.readText(root, (Path) source, problems);
        if (text == null) throw new Refused(problems.all().get(0));
        return new StringReader(text);
    }

    @Override
    public void closeTemplateSource(Object source) {
        // nothing is held open: getReader reads the whole file
    }
}
