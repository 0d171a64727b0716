package org.interpreterline.notification.requests;

import java.util.Locale;

/**
 * Language names as the line says and writes them: in English (DESIGN.md §8: many languages the line serves
 * have no text-to-speech voice, so every prompt is English).
 */
public final class LanguageNames {

    private LanguageNames() {
    }

    /** "es" → "Spanish", "prs" → "Dari"; an unknown tag is returned as it is. */
    public static String english(String tag) {
        if (tag == null || tag.isBlank()) {
            return "unknown";
        }
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() || name.equalsIgnoreCase(tag) ? tag : name;
    }
}
