package org.dossier.serve;

import org.dossier.pipeline.BuildCache;
import org.dossier.pipeline.BuildOptions;
import org.dossier.pipeline.BuildResult;
import org.dossier.pipeline.Builder;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the dev server calls to bring the output up to date after files changed: {@link #cached}, a build that renders
 * only what a change affects and says which output files changed; or {@link #full}, a whole build and a comparison of
 * the output before and after.
 */
@FunctionalInterface
public interface Rebuild {

    /**
     * Rebuilds the output. Called from one thread at a time.
     *
     * @param changed the files and folders that changed, relative to the site folder and '/'-separated
     *                ("content/en/editorial.md"; a folder, "content", when everything in it may have changed); empty for
     *                the first build, and whenever the changes are not known: then everything is rebuilt
     */
    Outcome run(Set<String> changed);

    /**
     * The pages an edit of their text alone (the files in {@code changed}) makes anew, rendered against the last
     * good build ahead of {@link #run}: output file → its HTML; empty when the change is more than text, or this
     * rebuild has no preview.
     */
    default Optional<Map<String, String>> preview(Set<String> changed) {
        return Optional.empty();
    }

    /**
     * @param result         the build's result; when it failed, the previous output is still in place
     * @param changedOutputs the output files that differ from the previous output (added and removed ones included),
     *                       relative to the output folder, '/'-separated ("en/editorial/index.html"), or empty when not
     *                       known: every open tab then reloads
     */
    record Outcome(BuildResult result, Optional<Set<String>> changedOutputs) {
    }

    /**
     * The build of {@code options} with a build cache kept in memory between rebuilds (starting from the one on
     * disk): only the pages a change affects are rendered again, and the build says which output files changed.
     */
    static Rebuild cached(BuildOptions options) {
        BuildCache cache = BuildCache.seeded(options);
        return new Rebuild() {
            @Override
            public Outcome run(Set<String> changed) {
                BuildResult r = Builder.build(options, cache);
                return new Outcome(r, r.ok() ? Optional.ofNullable(r.changed()) : Optional.of(Set.of()));
            }

            @Override
            public Optional<Map<String, String>> preview(Set<String> changed) {
                return cache.preview().flatMap(p -> p.pages(changed));
            }
        };
    }

    /** The full build of {@code options}, telling which output files it changed. */
    static Rebuild full(BuildOptions options) {
        return new FullRebuild(options);
    }
}
