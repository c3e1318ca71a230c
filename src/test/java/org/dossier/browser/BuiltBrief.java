package org.dossier.browser;

import org.dossier.brief.BriefSite;
import org.dossier.pipeline.BuildResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The brief, built once for all tests ({@link BriefSite}), served under a sub-path for the browser tests. */
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
            BriefSite brief = BriefSite.get();
            BuildResult r = brief.result;
            assertTrue(r.ok(), () -> "the brief does not build: " + r.problems().stream().filter(p -> p.isError()).toList());
            try {
                instance = new BuiltBrief(brief.out, new StaticServer(brief.out, "/published/brief/"));
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
