package org.dossier.links;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The links of a built site that leave it (http, https, mailto), with the pages that make them — for an editor to
 * check by hand or with another tool. Dossier itself never fetches them: the check works offline.
 */
public final class ExternalLinks {

    private ExternalLinks() {
    }

    /** URL → the output pages linking to it, both sorted. */
    public static Map<String, TreeSet<String>> in(Path out) throws IOException {
        Map<String, TreeSet<String>> links = new TreeMap<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".html")).toList()) {
                String page = out.relativize(p).toString().replace('\\', '/');
                for (Element a : Jsoup.parse(Files.readString(p)).select("a[href]")) {
                    String href = a.attr("href");
                    if (href.matches("(?i)(https?|mailto):.*")) links.computeIfAbsent(href, k -> new TreeSet<>()).add(page);
                }
            }
        }
        return links;
    }

    public static String report(Map<String, TreeSet<String>> links) {
        StringBuilder sb = new StringBuilder(links.size() + " external links (not checked: Dossier works offline)\n");
        links.forEach((url, pages) -> sb.append("  ").append(url).append("\n      on ").append(pages.first())
                .append(pages.size() > 1 ? " and " + (pages.size() - 1) + " more" : "").append('\n'));
        return sb.toString();
    }
}
