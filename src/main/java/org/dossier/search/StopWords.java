package org.dossier.search;

import java.util.Map;
import java.util.Set;

/**
 * The commonest words of each language (folded), left out of the index: they would make its largest lists and help no
 * ranking. The index tells the browser which words they are, so that a query skips them too (a quoted phrase still
 * matches them exactly, against the page's text).
 */
public final class StopWords {

    private static final Map<String, Set<String>> WORDS = Map.of(
            "en", Set.of("an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "has", "have", "in", "into",
                    "is", "it", "its", "of", "on", "or", "that", "the", "their", "this", "to", "was", "were", "will",
                    "with", "we", "our", "they", "these", "those", "which", "who", "not", "can", "also"),
            "it", Set.of("il", "lo", "la", "gli", "le", "un", "uno", "una", "di", "del", "della", "dei", "degli",
                    "delle", "dello", "da", "dal", "dalla", "in", "nel", "nella", "nei", "ed", "che", "per", "con",
                    "su", "sul", "sulla", "tra", "fra", "non", "come", "anche", "sono", "al", "alla", "ai", "agli",
                    "alle", "si", "ha", "hanno"),
            "fr", Set.of("le", "la", "les", "un", "une", "des", "du", "de", "et", "en", "au", "aux", "pour", "par",
                    "sur", "dans", "avec", "que", "qui", "ce", "ces", "est", "sont", "pas", "ne", "plus", "ou", "son",
                    "sa", "ses", "leur", "leurs", "nous", "vous", "il", "elle", "ils", "elles", "qu"),
            "de", Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen",
                    "und", "oder", "in", "im", "an", "am", "auf", "fur", "mit", "von", "zu", "zum", "zur", "ist",
                    "sind", "nicht", "auch", "als", "bei", "aus", "wie", "es", "sie", "wir", "ihr", "sich", "werden"),
            "es", Set.of("el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "en", "al", "por",
                    "para", "con", "que", "se", "su", "sus", "es", "son", "no", "como", "mas", "lo", "le", "les",
                    "entre", "sobre"));

    private StopWords() {
    }

    public static Set<String> of(String lang) {
        return WORDS.getOrDefault(Stemmer.base(lang), Set.of());
    }
}
