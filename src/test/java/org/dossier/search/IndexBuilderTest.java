package org.dossier.search;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexBuilderTest {

    static IndexedPage page(String url, String title, String heading, String body, boolean fallback) {
        return IndexedPage.of(new PageText("en", "en", url, title, List.of("Section"), fallback,
                List.of(new PageText.Block("", 0, "", body), new PageText.Block("h", 2, heading, "")), List.of()));
    }

    /** Reads postings back as the browser does: page number → weight. */
    static Map<Integer, Integer> decode(String s) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        int id = -1, n = 0;
        for (char c : s.toCharArray()) {
            if (c >= 'A' && c <= 'Z') {
                id += n + 1;
                out.put(id, c - 'A' + 1);
                n = 0;
            } else {
                n = n * 36 + Character.digit(c, 36);
            }
        }
        return out;
    }

    static String file(Map<String, byte[]> index, String name) {
        return new String(index.get(name), StandardCharsets.UTF_8);
    }

    /** How many files of the index are under {@code folder} ("f/": one per page, "t/": the term shards). */
    static long count(Map<String, byte[]> index, String folder) {
        return index.keySet().stream().filter(name -> name.startsWith(folder)).count();
    }

    @Test
    void titleHitsWeighMoreThanHeadingHitsThanBodyHits() {
        List<IndexedPage> pages = List.of(
                page("en/a/", "Green bonds", "Other", "text", false),
                page("en/b/", "Other", "Bonds", "text", false),
                page("en/c/", "Other", "Other", "The city issues bonds and more bonds.", false),
                page("en/d/", "Other", "Other", "nothing", true));
        Map<String, byte[]> index = IndexBuilder.build("en", pages);
        Map<String, String> postings = allPostings(index);
        Map<Integer, Integer> bond = decode(postings.get("bond"));
        assertEquals(List.of(0, 1, 2), List.copyOf(bond.keySet()));
        assertTrue(bond.get(0) > bond.get(1) && bond.get(1) > bond.get(2), bond.toString());
        assertTrue(file(index, "meta.js").contains("\"cp\":[[3,3]]"), file(index, "meta.js"));
        assertTrue(file(index, "meta.js").startsWith("dossierSearchData(\"en/meta\",{"));
        assertTrue(file(index, "f/2.js").contains("\"u\":\"en/c/\""));
        assertEquals(4, count(index, "f/"));
    }

    @Test
    void shardsSplitTheTermsInOrderAndTheMetaSaysWhere() {
        List<IndexedPage> pages = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 6000; i++) words.append("w").append(Integer.toString(i * 7919 % 100000, 36)).append(' ');
        for (int p = 0; p < 20; p++) pages.add(page("en/p" + p + "/", "Page " + p, "", words.toString(), false));
        Map<String, byte[]> index = IndexBuilder.build("en", pages);
        int shards = (int) count(index, "t/");
        assertTrue(shards > 3, "a big dictionary is split: " + shards);
        Matcher m = Pattern.compile("\"shards\":\\[([^]]*)]").matcher(file(index, "meta.js"));
        assertTrue(m.find());
        List<String> bounds = List.of(m.group(1).replace("\"", "").split(",", -1));
        assertEquals(shards, bounds.size());
        assertEquals("", bounds.get(0));
        for (int i = 0; i < shards; i++) {
            String shard = file(index, "t/" + i + ".js");
            assertTrue(shard.length() < IndexBuilder.SHARD_BYTES + 200, "shard " + i + " is " + shard.length());
            for (String term : terms(shard)) {
                assertTrue(term.compareTo(bounds.get(i)) >= 0, term + " belongs after " + bounds.get(i));
                if (i + 1 < shards) assertTrue(term.compareTo(bounds.get(i + 1)) < 0, term + " < " + bounds.get(i + 1));
            }
        }
    }

    @Test
    void boundariesAreAsShortAsTheyCanBe() {
        assertEquals("prod", IndexBuilder.boundary("procurement", "produce"));
        assertEquals("b", IndexBuilder.boundary("azure", "bond"));
        assertEquals("bond", IndexBuilder.boundary("bon", "bond"));
    }

    static Map<String, String> allPostings(Map<String, byte[]> index) {
        Map<String, String> all = new TreeMap<>();
        index.forEach((name, bytes) -> {
            if (!name.startsWith("t/")) return;
            Matcher m = Pattern.compile("\"([^\"]+)\":\"([0-9a-zA-Z]+)\"").matcher(new String(bytes, StandardCharsets.UTF_8));
            while (m.find()) all.put(m.group(1), m.group(2));
        });
        return all;
    }

    static List<String> terms(String shard) {
        List<String> terms = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]+)\":\"[0-9a-zA-Z]+\"").matcher(shard);
        while (m.find()) terms.add(m.group(1));
        return terms;
    }
}
