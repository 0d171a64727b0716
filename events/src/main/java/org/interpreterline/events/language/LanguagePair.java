package org.interpreterline.events.language;

import java.util.Objects;
import java.util.Optional;

/**
 * A language interpreted into another than English, for a relay: many interpreters of Mayan languages interpret
 * K'iche' into Spanish, not English. Written {@code "quc>es"} wherever a language tag goes: in an interpreter's
 * languages (they take K'iche' calls only as the first half of a relay) and as a request's language (a request that
 * needs exactly such an interpreter, while a Spanish one joins the same call). A plain tag is interpreted into English.
 */
public record LanguagePair(Language from, Language into) {

    /** Between the two tags of a pair. */
    public static final String INTO = ">";

    public LanguagePair {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(into, "into");
        if (from.tag().equals(into.tag())) {
            throw new IllegalArgumentException("a language is not interpreted into itself: " + from.tag());
        }
    }

    /** Whether a language tag is written as a pair ({@code "quc>es"}), whatever the catalog knows. */
    public static boolean isPair(String tag) {
        return tag != null && tag.contains(INTO);
    }

    /** The pair a tag such as {@code "quc>es"} names, if it is one and the catalog knows both languages. */
    public static Optional<LanguagePair> of(String tag, LanguageCatalog catalog) {
        if (!isPair(tag)) {
            return Optional.empty();
        }
        String[] parts = tag.split(INTO, 2);
        Optional<Language> from = catalog.byTag(parts[0]);
        Optional<Language> into = catalog.byTag(parts[1]);
        if (from.isEmpty() || into.isEmpty() || from.get().equals(into.get())) {
            return Optional.empty();
        }
        return Optional.of(new LanguagePair(from.get(), into.get()));
    }

    public String tag() {
        return from.tag() + INTO + into.tag();
    }

    /** "K'iche' into Spanish". */
    public String englishName() {
        return from.englishName() + " into " + into.englishName();
    }

    /** As a voice reads it. */
    public String spokenName() {
        return from.spokenName() + " into " + into.spokenName();
    }
}
