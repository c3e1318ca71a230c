package org.dossier.pipeline;

import org.dossier.config.SiteFiles;
import org.dossier.content.FrontMatter;
import org.dossier.content.Page;
import org.dossier.content.SiteModel;
import org.dossier.links.PostProcessor;
import org.dossier.output.Urls;
import org.dossier.problems.Problem;
import org.dossier.problems.Problems;
import org.dossier.template.PageRenderer;
import org.dossier.template.RenderContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The dev server's first look at an edit: when a save changed only the text of pages (their front matter as it was),
 * those pages rendered against the last good build's site, in milliseconds, ahead of the build that brings the whole
 * output up to date (the pages that show their text, the search index, the print edition, the translations that
 * become stale). Made by each successful build with a cache in memory ({@link BuildCache#memory}); what it shows
 * of a page is what that build makes of it, save what depends on the other pages' new state.
 */
public final class Preview {

    private final BuildOptions options;
    private final SiteModel model;
    private final RenderContext ctx;

    Preview(BuildOptions options, SiteModel model, RenderContext ctx) {
        this.options = options;
        this.model = model;
        this.ctx = ctx;
    }

    /**
     * The pages whose text {@code changed} (files relative to the site folder, as the dev server's watcher names
     * them) holds, each as its output file (relative to the output folder) → its HTML; empty when the change is more
     * than text — a front matter, template, locale, data or settings file, a new or deleted page — or when an edited
     * text has an error: then only the build can tell.
     */
    public Optional<Map<String, String>> pages(Set<String> changed) {
        List<Page> edited = new ArrayList<>();
        for (String file : changed) {
            if (!file.startsWith("content/") || !file.endsWith(".md")) return Optional.empty();
            List<Page> shown = model.pages().stream() // the page, and its copies where a language falls back to it
                    .filter(p -> p.file().equals(file) && !p.generated() && options.builds(p.lang())).toList();
            if (shown.isEmpty()) return Optional.empty();
            Problems problems = new Problems();
            String text = SiteFiles.readText(model.config().root(), model.config().root().resolve(file), problems);
            FrontMatter.Parts parts = text == null ? null : FrontMatter.split(text, file, problems);
            if (parts == null || problems.hasErrors()) return Optional.empty();
            for (Page p : shown) {
                if (!sameFrontMatter(p, parts)) return Optional.empty();
                if (!p.body().equals(parts.body())) edited.add(p.withBody(parts.body()));
            }
        }
        if (edited.isEmpty()) return Optional.empty();
        RenderContext c = ctx.withBodies(model.with(edited));
        PageRenderer renderer = new PageRenderer(c);
        Map<String, String> out = new TreeMap<>();
        for (Page page : edited) {
            RenderContext.Reads reads = new RenderContext.Reads();
            Optional<String> html = c.recording(reads, () -> renderer.render(page));
            RenderContext.Rendered body = c.rendered().get(c.bodyKey(page));
            if (html.isEmpty() || reads.problems().hasErrors() || body == null
                    || body.problems().stream().anyMatch(Problem::isError)) {
                return Optional.empty();
            }
            String basePath = model.config().basePath();
            out.put(Urls.file(page.url()), PostProcessor.process(html.get(), page.url(), basePath, options.local()).html());
        }
        return Optional.of(out);
    }

    /**
     * Whether a file's front matter is the one {@code page} was made from: the same keys on the same lines with the
     * same values (a translation has the language-neutral fields of its source besides its own), the body on the
     * same line.
     */
    private static boolean sameFrontMatter(Page page, FrontMatter.Parts parts) {
        if (page.bodyLine() != parts.bodyLine() || !page.keyLines().equals(parts.keyLines())) return false;
        if (page.sourceRevision() == null && page.params().size() != parts.data().size()) return false;
        return parts.data().entrySet().stream().allMatch(e -> Objects.equals(page.params().get(e.getKey()), e.getValue()));
    }
}
