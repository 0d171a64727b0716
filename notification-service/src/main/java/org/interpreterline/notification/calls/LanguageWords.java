package org.interpreterline.notification.calls;

import java.util.Locale;
import org.interpreterline.events.language.LanguageCatalog;
import org.interpreterline.events.language.LanguagePair;

/**
 * Language names as the line says and writes them: in English from the language catalog (
 * many languages the line serves have no text-to-speech voice, so every prompt is English).
 */
public final class LanguageWords {

    private LanguageWords() {
    }

    /** For a prompt: "es" → "Spanish", "zh" → "Chinese, Mandarin" (a voice reads no parentheses). */
    public static String spoken(String tag) {
        return LanguageCatalog.standard().spokenName(tag).orElseGet(() -> outsideCatalog(tag));
    }

    /** For a text: "es" → "Spanish", "zh" → "Chinese (Mandarin)". */
    public static String written(String tag) {
        LanguageCatalog catalog = LanguageCatalog.standard();
        return catalog.byTag(tag).isPresent() || LanguagePair.of(tag, catalog).isPresent() ? catalog.englishName(tag)
                : outsideCatalog(tag);
    }

    private static String outsideCatalog(String tag) {
        if (tag == null || tag.isBlank()) {
            return "unknown language";
        }
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() || name.equalsIgnoreCase(tag) ? tag : name;
    }
}
