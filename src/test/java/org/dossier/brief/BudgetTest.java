package org.dossier.brief;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The weight budget: what a reader downloads for a page — its HTML, stylesheets and scripts, including the search
 * script it loads on first use — stays under 50 KB gzip-compressed, on every page of every language. The print
 * edition (the whole brief on one page, by design) is the one exception. Sizes, not times: this cannot flake.
 */
class BudgetTest {

    static final int BUDGET = 50 * 1024;

    @Test
    void everyPageWithItsCssAndJsStaysUnder50KbCompressed() {
        BriefSite site = BriefSite.get();
        List<String> over = new ArrayList<>();
        long largest = 0;
        String largestPage = "";
        for (String lang : BriefSite.LANGUAGES) {
            for (String path : site.pages(lang)) {
                if (path.startsWith(lang + "/print/")) continue;
                long size = weight(site.out, path);
                if (size > largest) {
                    largest = size;
                    largestPage = path;
                }
                if (size > BUDGET) over.add(path + ": " + size / 1024 + " KB");
            }
        }
        System.out.println("BudgetTest: the heaviest page is " + largestPage + ", " + largest + " bytes compressed");
        assertEquals(List.of(), over, "pages over the 50 KB budget (HTML + CSS + JS, gzip)");
    }

    @Test
    void theWeightCountsEveryFileThePageLoads() {
        BriefSite site = BriefSite.get();
        Set<Path> files = files(site.out, "en/index.html");
        assertTrue(files.stream().anyMatch(p -> p.toString().endsWith(".css")), "the stylesheet: " + files);
        assertTrue(files.stream().anyMatch(p -> p.getFileName().toString().startsWith("search.")), "the search script: " + files);
        assertTrue(files.stream().allMatch(Files::isRegularFile), "every counted file exists: " + files);
    }

    /** Compressed bytes of the page and every stylesheet and script it loads. */
    static long weight(Path out, String page) {
        return files(out, page).stream().mapToLong(BudgetTest::gzipped).sum();
    }

    static Set<Path> files(Path out, String page) {
        Path file = out.resolve(page);
        Document doc = org.dossier.TestSites.html(file);
        Set<Path> files = new LinkedHashSet<>(List.of(file));
        for (Element e : doc.select("link[rel=stylesheet][href], script[src], [data-search-script]")) {
            String ref = e.hasAttr("data-search-script") ? e.attr("data-search-script")
                    : e.hasAttr("src") ? e.attr("src") : e.attr("href");
            // 404 pages link from the site root (they are served at any address)
            files.add((ref.startsWith("/") ? out.resolve(ref.substring(1)) : file.getParent().resolve(ref)).normalize());
        }
        return files;
    }

    static long gzipped(Path p) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
                gz.write(Files.readAllBytes(p));
            }
            return bytes.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
