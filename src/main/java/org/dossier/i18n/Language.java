package org.dossier.i18n;

import java.util.Locale;
import java.util.Map;

/**
 * A language of the site, from its locale file {@code i18n/<code>.yaml}.
 *
 * @param code       the folder name used in content/ and in URLs (en, it, pt-br)
 * @param name       the language's own name for itself (Italiano)
 * @param locale     BCP 47 tag used for dates, numbers and {@code <html lang>} (it-IT)
 * @param dir        ltr or rtl
 * @param dateFormat a java.time pattern (d MMMM yyyy)
 * @param strings    the theme's UI strings in this language
 * @param lines      the line of each string in the locale file, for messages
 */
public record Language(String code, String name, String locale, String dir, String dateFormat,
                       Map<String, String> strings, Map<String, Integer> lines) {

    public Language(String code, String name, String locale, String dir, String dateFormat, Map<String, String> strings) {
        this(code, name, locale, dir, dateFormat, strings, Map.of());
    }

    /** The locale file, as messages name it. */
    public String file() {
        return "i18n/" + code + ".yaml";
    }

    public Locale javaLocale() {
        return Locale.forLanguageTag(locale);
    }
}
