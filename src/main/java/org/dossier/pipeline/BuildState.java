package org.dossier.pipeline;

import org.dossier.links.LinkChecker;
import org.dossier.problems.Problem;
import org.dossier.search.IndexedPage;
import org.dossier.template.RenderContext;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a finished build knows that makes the next one quick: a digest of every output file, and for every page what
 * its render read (so that the next build can tell, without rendering it, whether it would come out the same), with
 * what the later stages took from it (links and ids, search text, the print edition's copy). Kept in memory by the
 * dev server, on disk by the build cache. Immutable.
 *
 * @param id        this build's output, as a digest of its files: the output folder's marker names it
 * @param files     every output file → the digest of its bytes
 * @param olderId   the build whose output the one this replaced was, now the work folder the next build reuses
 * @param olderFiles its files (what the reused work folder holds)
 * @param pages     page key ("en:tracks/_index.md") → its render
 * @param bodies    the bodies rendered, by {@link RenderContext#bodyKey}
 * @param prints    language → its print edition
 * @param report    what the build reported: for a rebuild in which nothing changed
 */
record BuildState(String id, Map<String, String> files, String olderId, Map<String, String> olderFiles,
                  Map<String, PageRecord> pages, Map<String, RenderContext.Rendered> bodies,
                  Map<String, PrintRecord> prints, Report report) {

    /**
     * One page's render: the digest of what it depended on ({@code key}), what it read, its output file and that
     * file's digest, the problems it found, its links and ids, its search text and, when printed, its {@code main}.
     */
    record PageRecord(String key, Set<String> bodies, Set<String> mentions, Set<String> quotes, Set<String> strings,
                      List<Problem> problems, String file, String hash, LinkChecker.PageLinks links,
                      IndexedPage search, String printMain) {
    }

    /** A language's print edition: the digest of what it was made from, its file, links, strings and problems. */
    record PrintRecord(String key, String file, String hash, LinkChecker.PageLinks links, Set<String> strings,
                       List<Problem> problems) {
    }

    /** A build's report: pages per language, problems, UI strings used, base path. */
    record Report(Map<String, Integer> pages, List<Problem> problems, Set<String> usedStrings, String basePath) {
    }
}
