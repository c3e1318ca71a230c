package org.dossier.content;

import org.dossier.config.RefKind;
import org.dossier.markdown.CrossReferences;

import java.util.HashMap;
import java.util.Map;

/** The targets of the site's cross-references: which page "CD5" or "#3.4" means, in each language. */
public final class References {

    private References() {
    }

    /** The cross-reference linker for this site: its kinds, and every target the default language has. */
    public static CrossReferences linker(SiteModel model) {
        return new CrossReferences(model.config().references(), urls(model, model.config().defaultLanguage()).keySet());
    }

    /**
     * "kind/id" → the page's URL (site-relative, "en/city-dives/x/") in {@code lang}; pages made from data files
     * answer to their path ("cities/torino").
     */
    public static Map<String, String> urls(SiteModel model, String lang) {
        Map<String, String> urls = new HashMap<>();
        for (Page p : model.pages(lang)) {
            if (p.generated()) urls.put(key(p), p.url());
        }
        for (RefKind k : model.config().references()) {
            for (Page p : model.pages(lang)) {
                Object id = p.params().get(k.field());
                if (id == null || (!k.section().isEmpty() && !p.topSection().equals(k.section()))) continue;
                urls.putIfAbsent(k.name() + "/" + id, p.url());
            }
        }
        return urls;
    }

    /** The key a page made from a data file answers to: its path without ".md" ("cities/torino"). */
    public static String key(Page p) {
        return p.path().substring(0, p.path().length() - 3);
    }
}
