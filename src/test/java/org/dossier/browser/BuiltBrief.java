package org.dossier.browser;

import org.dossier.TestSites;
import org.dossier.build.BuildResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The brief, built once for all browser tests, and served under a sub-path. */
final class BuiltBrief {

    private static BuiltBrief instance;

    final Path out;
    final StaticServer server;

    private BuiltBrief(Path out, StaticServer server) {
        this.out = out;
        this.server = server;
    }

    static synchronized BuiltBrief get() {
        if (instance == null) {
            try {
                Path out = Files.createTempDirectory("dossier-search-").resolve("site");
                BuildResult r = TestSites.build(TestSites.project(), out);
                assertTrue(r.ok(), () -> "the brief does not build: " + r.problems().stream().filter(p -> p.isError()).toList());
                instance = new BuiltBrief(out, new StaticServer(out, "/published/brief/"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** The address of a page over HTTP, e.g. http("en/search/?q=x"). */
    String http(String path) {
        return server.url() + path;
    }

    /** The address of a page opened from disk, e.g. file("en/search/index.html?q=x"). */
    String file(String path) {
        return out.toUri() + path;
    }
}
