package org.dossier.content;

import org.dossier.config.FieldSpec;
import org.dossier.output.Assets;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * A page's revision: a short hash of everything a translator translates (title, description, the body and the
 * custom fields that are not language-neutral). A translation records the revision it was translated from in
 * {@code translated_from}; when the source's revision moves on, the translation is stale.
 */
public final class Revisions {

    private Revisions() {
    }

    public static String of(Map<String, Object> frontMatter, String body, Map<String, FieldSpec> fields) {
        Map<String, Object> translatable = new TreeMap<>();
        frontMatter.forEach((k, v) -> {
            FieldSpec f = fields.get(k);
            if (k.equals("title") || k.equals("description") || (f != null && !f.neutral())) translatable.put(k, v);
        });
        String text = translatable + "\n" + body.strip();
        return Assets.hash(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether a translation is still a copy of its source, not yet translated: its own translatable text has its
     * source's current revision, or the revision it is stamped with (it was copied from that revision, as
     * {@code dossier new} does, and has not been changed since).
     */
    public static boolean untranslated(Map<String, Object> translation, String body, String sourceRevision,
                                       Map<String, FieldSpec> fields) {
        String own = of(translation, body, fields);
        return own.equals(sourceRevision) || own.equals(String.valueOf(translation.get("translated_from")));
    }
}
