package org.dossier.brief;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The brief's text is the product: every sentence of the source must be somewhere on the English site. Compares
 * the source Markdown, sentence by sentence, with the text of all built English pages (case, punctuation and
 * markup aside). The table of contents is left out: the site derives it.
 */
class SourceCoverageTest {

    @Test
    void everySentenceOfTheSourceIsOnTheSite() {
        BriefSite site = BriefSite.get();
        assertTrue(site.result.ok(), () -> site.result.problems().toString());
        StringBuilder all = new StringBuilder();
        for (String page : site.pages("en")) {
            all.append(" | ").append(BriefSite.normalise(site.page(page).body().text()));
        }
        String text = all.toString();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (String fragment : fragments(BriefSite.source())) {
            checked++;
            if (!text.contains(fragment)) missing.add(fragment);
        }
        assertTrue(checked > 1000, "the source was read: " + checked + " fragments");
        assertEquals(List.of(), missing, missing.size() + " of " + checked + " source fragments are not on the site");
    }

    /** The source split into sentences and marked-up runs, normalised; the table of contents and page furniture skipped. */
    static List<String> fragments(String source) {
        List<String> out = new ArrayList<>();
        boolean toc = false;
        for (String line : source.split("\n")) {
            if (line.startsWith("# Table of contents")) toc = true;
            else if (toc && line.startsWith("# ")) toc = false;
            if (toc) continue;
            String text = line.replaceAll("<[^>]+>", "").replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1").replace("\\(", "(").replace("\\)", ")");
            for (String piece : text.split("(?<=[.!?;:])\\s+|\\*+|\\s[—–-]\\s|[“”\"]")) {
                String n = BriefSite.normalise(piece);
                if (!n.isEmpty() && !n.matches("\\d+")) out.add(n);
            }
        }
        return out;
    }
}
