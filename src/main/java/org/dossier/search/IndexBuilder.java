package org.dossier.search;

import org.dossier.output.Json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns one language's pages into its index files, all of them scripts (browsers load scripts from disk, where they
 * refuse fetch()), each calling {@code dossierSearchData(key, data)}:
 * <ul>
 * <li>{@code meta.js}: version, page count, stemmers and stop words, where each term shard begins, and which pages
 * copy another language's page ({@code cp}: ranges of page numbers);</li>
 * <li>{@code t/N.js}: term shards: stem → postings, shards cut in term order at about {@link #SHARD_BYTES}, so that a
 * query loads only the shards of its words;</li>
 * <li>{@code f/N.js}: one fragment per page: address, title, section path and its text per heading, loaded only for
 * the results shown.</li>
 * </ul>
 * Postings: for each page holding the term, in page order, the gap to the previous page number minus one in base 36,
 * then the term's weight on the page as one letter ({@code A}=1 … {@code Z}=26): title 12, heading 5, speaker 4,
 * body 1–4 (tf saturated and normalised by page length, as in BM25).
 */
public final class IndexBuilder {

    /** Target size of a term shard. */
    public static final int SHARD_BYTES = 16 * 1024;

    static final int W_TITLE = 12;
    static final int W_HEADING = 5;
    static final int W_SPEAKER = 4;
    static final int W_BODY = 4;
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private IndexBuilder() {
    }

    public static Map<String, byte[]> build(String lang, List<IndexedPage> input) {
        return build(lang, input, IndexedPage::fallback);
    }

    /**
     * One language's index files: path under the index folder → content.
     *
     * @param copy which pages copy another language's page (left out when all languages are searched)
     */
    public static Map<String, byte[]> build(String lang, List<IndexedPage> input,
                                            java.util.function.Predicate<IndexedPage> copy) {
        List<IndexedPage> pages = new ArrayList<>(input);
        pages.sort(Comparator.comparing(IndexedPage::url));
        double avg = Math.max(1, pages.stream().mapToInt(IndexedPage::length).average().orElse(1));

        Map<String, Postings> byTerm = new HashMap<>();
        for (int id = 0; id < pages.size(); id++) {
            IndexedPage p = pages.get(id);
            for (Map.Entry<String, Integer> e : p.terms().entrySet()) {
                byTerm.computeIfAbsent(e.getKey(), k -> new Postings()).add(id, weight(e.getValue(), p.length(), avg));
            }
        }
        List<String> terms = new ArrayList<>(byTerm.keySet());
        terms.sort(null);

        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> boundaries = new ArrayList<>();
        StringBuilder shard = new StringBuilder();
        String previous = null;
        for (String term : terms) {
            StringBuilder list = byTerm.get(term).list;
            if (shard.length() > 0 && shard.length() + term.length() + list.length() > SHARD_BYTES) {
                put(files, lang, "t/" + (boundaries.size() - 1), shard);
                shard.setLength(0);
            }
            if (shard.length() == 0) {
                boundaries.add(previous == null ? "" : boundary(previous, term));
            } else {
                shard.append(',');
            }
            Json.str(shard, term);
            shard.append(':').append('"').append(list).append('"');
            previous = term;
        }
        if (shard.length() > 0 || boundaries.isEmpty()) {
            if (boundaries.isEmpty()) boundaries.add("");
            put(files, lang, "t/" + (boundaries.size() - 1), shard);
        }

        byte[][] fragments = new byte[pages.size()][];
        java.util.stream.IntStream.range(0, pages.size()).parallel()
                .forEach(id -> fragments[id] = script(lang, "f/" + id, pages.get(id).fragment()));
        for (int id = 0; id < pages.size(); id++) files.put("f/" + id + ".js", fragments[id]);

        String version = version(files);
        Set<String> contentLangs = new LinkedHashSet<>();
        contentLangs.add(lang);
        pages.forEach(p -> contentLangs.add(p.contentLang()));
        Set<String> stop = new TreeSet<>();
        contentLangs.forEach(l -> stop.addAll(StopWords.of(l)));
        StringBuilder meta = new StringBuilder();
        meta.append("\"v\":").append(Json.str(version)).append(",\"n\":").append(pages.size())
                .append(",\"lang\":").append(Json.str(lang)).append(",\"stem\":");
        Json.strings(meta, List.copyOf(contentLangs));
        meta.append(",\"stop\":");
        Json.strings(meta, List.copyOf(stop));
        meta.append(",\"shards\":");
        Json.strings(meta, boundaries);
        meta.append(",\"cp\":[");
        boolean first = true;
        for (int id = 0; id < pages.size(); id++) {
            if (!copy.test(pages.get(id))) continue;
            int end = id;
            while (end + 1 < pages.size() && copy.test(pages.get(end + 1))) end++;
            meta.append(first ? "" : ",").append('[').append(id).append(',').append(end).append(']');
            first = false;
            id = end;
        }
        meta.append(']');
        put(files, lang, "meta", meta);
        return files;
    }

    /** A term's postings as they are made, page after page (local to one build() call). */
    private static final class Postings {
        final StringBuilder list = new StringBuilder();
        int last = -1;

        void add(int id, int weight) {
            list.append(Integer.toString(id - last - 1, 36)).append((char) ('A' + weight - 1));
            last = id;
        }
    }

    /** The weight (1–26) of a term on a page, from its packed occurrences. */
    static int weight(int packed, int length, double avg) {
        int w = 0;
        if ((packed & IndexedPage.TITLE) != 0) w += W_TITLE;
        if ((packed & IndexedPage.HEADING) != 0) w += W_HEADING;
        if ((packed & IndexedPage.SPEAKER) != 0) w += W_SPEAKER;
        int tf = packed & IndexedPage.COUNT;
        if (tf > 0) {
            double norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / avg)) / (K1 + 1);
            w += Math.max(1, (int) Math.round(W_BODY * norm));
        }
        return Math.max(1, Math.min(26, w));
    }

    /** The shortest start of {@code first} that sorts after {@code previous}: where a shard begins. */
    static String boundary(String previous, String first) {
        for (int k = 1; k <= first.length(); k++) {
            String p = first.substring(0, k);
            if (p.compareTo(previous) > 0) return p;
        }
        return first;
    }

    /** Adds {@code dossierSearchData("lang/name",{…});} as the file name.js. */
    private static void put(Map<String, byte[]> files, String lang, String name, CharSequence json) {
        files.put(name + ".js", script(lang, name, json));
    }

    private static byte[] script(String lang, String name, CharSequence json) {
        return ("dossierSearchData(" + Json.str(lang + "/" + name) + ",{" + json + "});\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String version(Map<String, byte[]> files) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            files.forEach((k, v) -> {
                md.update(k.getBytes(StandardCharsets.UTF_8));
                md.update(v);
            });
            return java.util.HexFormat.of().formatHex(md.digest()).substring(0, 10);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
