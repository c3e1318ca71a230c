package org.dossier.print;

import org.dossier.config.SiteConfig;
import org.dossier.content.Page;
import org.dossier.content.SiteModel;
import org.dossier.content.ThemePages;
import org.dossier.problems.Problems;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The print edition of a build: collects the {@code main} of every finished page (from any thread), then makes
 * {@code /<lang>/print/} of each language built from them, in the reading order of the navigation: the home page's
 * children by weight, each followed by its own children, depth first. The sections printed are those of
 * {@code print: sections:} in site.yaml, or every one but the sections made from data files (cities, people), which
 * only index the brief. A page a theme shows in full inside another ({@code data-shows-page}, a session on its
 * track's page) is printed there only. One collector per build; it holds no static state.
 */
public final class PrintEdition {

    /** The theme template that frames the print page; a theme without it has no print edition. */
    public static final String TEMPLATE = ThemePages.PRINT.template();

    /** The print page's path among a language's pages; no content file can have it. */
    public static final String PATH = ThemePages.PRINT.path();

    /** The last segment of its address: /<lang>/print/. */
    public static final String SLUG = ThemePages.PRINT.slug();

    private final SiteModel model;
    private final Map<String, Element> mains = new ConcurrentHashMap<>();
    /** The data-made sections (cities, people), left out unless site.yaml names the sections to print. */
    private final Set<String> derived;

    public PrintEdition(SiteModel model) {
        this.model = model;
        this.derived = model.config().dataPages().stream().map(SiteConfig.DataPages::section).collect(Collectors.toSet());
    }

    /**
     * Keeps a copy of a finished page's {@code main}, before later passes (search) change the document — only of the
     * pages the edition prints, and only until it is made. Thread-safe.
     */
    public void add(Page page, Document doc) {
        Element main = doc.selectFirst("main");
        if (main != null && printed(page)) mains.put(page.key(), main.clone());
    }

    /** The same, from the {@code main} an earlier build kept ({@link #printed} pages' main, as HTML). */
    public void add(Page page, String mainHtml) {
        Document doc = org.jsoup.Jsoup.parseBodyFragment(mainHtml);
        Element main = doc.selectFirst("main");
        if (main != null && printed(page)) mains.put(page.key(), main);
    }

    /** Fills the rendered frame of a print page ({@link #pages}) with the edition of its language. */
    public Document assemble(Page printPage, String frameHtml) {
        return new PrintAssembler(model.config(), printPage.url(), model.pages(printPage.lang()))
                .assemble(frameHtml, plan(printPage.lang()));
    }

    /** One page of the edition: {@code depth} 1 for a top-level section, 2 for its children, and so on. */
    record Entry(Page page, int depth, Element main) {
    }

    /** The pages to print, in reading order, each with a copy of its finished {@code main}. */
    List<Entry> plan(String lang) {
        Optional<Page> home = model.page(lang, "_index.md");
        if (home.isEmpty()) return List.of();
        List<Entry> entries = new ArrayList<>();
        Set<String> inline = new HashSet<>();
        for (Page top : model.children(home.get())) {
            if (printed(top)) walk(top, 1, entries, inline);
        }
        return List.copyOf(entries);
    }

    private void walk(Page page, int depth, List<Entry> entries, Set<String> inline) {
        Element main = mains.remove(page.key()); // each copy is used once: the memory goes with it
        if (main == null || inline.contains(page.url())) return; // not built, or printed inside its host page
        entries.add(new Entry(page, depth, main));
        inline.addAll(PrintAssembler.shown(main, page.url()));
        for (Page child : model.children(page)) walk(child, depth + 1, entries, inline);
    }

    /** Whether a page's top-level section is in the print edition. */
    public boolean printed(Page page) {
        String name = page.path().replaceFirst("/.*", "").replaceFirst("\\.md$", "");
        List<String> chosen = model.config().printSections();
        return chosen.isEmpty() ? !derived.contains(name) : chosen.contains(name);
    }
}
