package org.dossier.search;

import org.dossier.content.Page;
import org.dossier.content.SiteModel;
import org.dossier.output.Staging;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Collects the pages of a build as they are written (from any thread) and writes each language's search index
 * under {@code <lang>/search/data/} once all pages are done. One collector per build; it holds no static state.
 */
public final class SearchIndex {

    /** The index folder inside a language's folder. */
    public static final String FOLDER = "search/data/";

    private final SiteModel model;
    private final Map<String, IndexedPage> pages = new ConcurrentHashMap<>();

    public SearchIndex(SiteModel model) {
        this.model = model;
    }

    /** Reads a finished page from its post-processed document, which it changes. Thread-safe. */
    public void add(Page page, org.jsoup.nodes.Document doc) {
        IndexedPage p = index(model, page, doc);
        if (p != null) pages.put(page.key(), p);
    }

    /** A page as an earlier build read it ({@link #index}; null: kept out of search). Thread-safe. */
    public void add(Page page, IndexedPage indexed) {
        if (indexed != null) pages.put(page.key(), indexed);
    }

    /** What search keeps of a finished page (its document, which this changes), or null when it is kept out. */
    public static IndexedPage index(SiteModel model, Page page, org.jsoup.nodes.Document doc) {
        List<String> path = model.ancestors(page).stream().filter(a -> a.kind() != Page.Kind.HOME)
                .map(Page::title).toList();
        return Extractor.extract(page, path, doc).map(text -> IndexedPage.of(text, page.path())).orElse(null);
    }

    /**
     * Writes the index of every language that has pages. A page that copies the default language's page at its path
     * (a fallback, or mostly the same text) is marked as a copy: a search of all languages shows its original instead.
     */
    public void write(Staging staging) {
        files().forEach(staging::write);
    }

    /** The index files of every language that has pages: path in the output → bytes. */
    public Map<String, byte[]> files() {
        return files(code -> true);
    }

    /** The index files of the languages {@code which} accepts. Pages in the order of their keys, whatever threads did. */
    public Map<String, byte[]> files(java.util.function.Predicate<String> which) {
        Map<String, byte[]> out = new java.util.TreeMap<>();
        String def = model.defaultLanguage().code();
        Map<String, IndexedPage> originals = new java.util.HashMap<>();
        pages.forEach((key, p) -> {
            if (key.startsWith(def + ":")) originals.put(p.path(), p);
        });
        // the languages' indexes on every core: each is one thread's work for the most part
        List<Map.Entry<String, Map<String, byte[]>>> indexes = model.languages().parallelStream()
                .filter(l -> which.test(l.code())).map(l -> {
                    List<IndexedPage> mine = pages.entrySet().stream().filter(e -> e.getKey().startsWith(l.code() + ":"))
                            .sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
                    boolean other = !l.code().equals(def);
                    return Map.entry(l.code(), mine.isEmpty() ? Map.<String, byte[]>of() : IndexBuilder.build(l.code(), mine,
                            p -> p.fallback() || other && originals.containsKey(p.path()) && p.copies(originals.get(p.path()))));
                }).toList();
        for (Map.Entry<String, Map<String, byte[]>> index : indexes) {
            index.getValue().forEach((name, bytes) -> out.put(index.getKey() + "/" + FOLDER + name, bytes));
        }
        return out;
    }
}
