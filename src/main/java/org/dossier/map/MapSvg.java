package org.dossier.map;

import org.dossier.config.Yaml;
import org.dossier.output.Sitemap;
import org.dossier.problems.Problems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a map at build time as inline SVG: the theme's base map ({@code map/europe.yaml}, land and borders already
 * projected) and a dot per place, linked to its page and sized by how often the text mentions it. No tiles, no
 * script, no request to anyone.
 */
public final class MapSvg {

    /** A place on the map. {@code href} is a site path; {@code weight} (≥ 0) sizes the dot. */
    public record Point(String name, double lat, double lon, String href, int weight, String label) {
    }

    private final double lonMin;
    private final double latMax;
    private final double scale;
    private final double cosLat0;
    private final double width;
    private final double height;
    private final String land;
    private final String borders;

    private MapSvg(Map<String, Object> m) {
        lonMin = number(m, "lon_min");
        latMax = number(m, "lat_max");
        scale = number(m, "scale");
        cosLat0 = Math.cos(Math.toRadians(number(m, "lat0")));
        width = number(m, "width");
        height = number(m, "height");
        land = String.valueOf(m.getOrDefault("land", ""));
        borders = String.valueOf(m.getOrDefault("borders", ""));
    }

    /** The theme's base map, or null when the theme has none (or it cannot be read: the reason is reported). */
    public static MapSvg load(Path themeDir, String themeName, Problems problems) {
        Path file = themeDir.resolve("map/europe.yaml");
        if (!Files.exists(file)) return null;
        Yaml.Doc doc = Yaml.read(themeDir.getParent().getParent(), file, problems); // themes/<name>/ is in the site
        return doc == null ? null : new MapSvg(doc.map());
    }

    private double x(double lon) {
        return (lon - lonMin) * scale * cosLat0;
    }

    private double y(double lat) {
        return (latMax - lat) * scale;
    }

    /** The SVG markup. {@code title} names the map for screen readers; each dot is a link with its own label. */
    public String svg(String title, List<Point> points) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg class=\"map\" viewBox=\"0 0 %.0f %.0f\" role=\"group\" aria-label=\"%s\">",
                width, height, Sitemap.escape(title)));
        sb.append("<path class=\"land\" d=\"").append(land).append("\"/>");
        if (!borders.isEmpty()) sb.append("<path class=\"borders\" d=\"").append(borders).append("\"/>");
        List<Point> sorted = points.stream().sorted((a, b) -> Integer.compare(b.weight(), a.weight())).toList();
        for (Point p : sorted) {
            double r = 4 + 2.2 * Math.sqrt(p.weight());
            sb.append("<a href=\"").append(Sitemap.escape(p.href()))
                    .append("\" aria-label=\"").append(Sitemap.escape(p.label())).append("\">")
                    .append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"/>", x(p.lon()), y(p.lat()), r))
                    .append("<title>").append(Sitemap.escape(p.label())).append("</title></a>");
        }
        return sb.append("</svg>").toString();
    }

    private static double number(Map<String, Object> m, String key) {
        return m.get(key) instanceof Number n ? n.doubleValue() : 0;
    }
}
