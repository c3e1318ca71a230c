package org.dossier.config;

import java.util.regex.Pattern;

/**
 * A kind of cross-reference the text uses, declared under {@code references} in site.yaml: "CD5" or "CD3–4" for
 * City Dives, "(#3.4)" for sessions, "Tracks 1, 2, 3" for tracks. Each id names the page whose front matter
 * {@code field} has that value (within {@code section}, when given), in the reader's language.
 *
 * @param prefix  regex of what comes before the first id ("CD", "Tracks? #?", "#")
 * @param id      regex of one id ("\\d{1,2}", "[1-4]\\.\\d{1,2}")
 * @param field   the front matter key holding the id
 * @param section the top section the target pages are in ("city-dives"), or empty for anywhere
 */
public record RefKind(String name, Pattern prefix, Pattern id, String field, String section) {
}
