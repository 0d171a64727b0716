package org.interpreterline.events.language;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A language the line can find an interpreter for, with every name an officer might use for it.
 *
 * @param tag         BCP-47 tag, the identifier used in events and on interpreter profiles ({@code es}, {@code prs})
 * @param englishName the name prompts read out, in English because many languages have no text-to-speech voice
 *                    ({@code "Chinese (Mandarin)"})
 * @param nativeNames the language's names for itself, in its own script and in common Latin transliteration
 * @param aliases     other English names, ISO 639 codes and common misspellings
 */
public record Language(String tag, String englishName, List<String> nativeNames, List<String> aliases) {

    // Loose BCP-47 shape: a 2-8 letter primary subtag, optional subtags. Enough to catch "Spanish" given as a tag.
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    public Language {
        if (tag == null || !TAG.matcher(tag).matches()) {
            throw new IllegalArgumentException("Not a BCP-47 language tag: '" + tag + "'");
        }
        if (englishName == null || englishName.isBlank()) {
            throw new IllegalArgumentException("Language " + tag + " needs an English name");
        }
        nativeNames = names(tag, "native name", nativeNames);
        aliases = names(tag, "alias", aliases);
    }

    public Language(String tag, String englishName) {
        this(tag, englishName, List.of(), List.of());
    }

    /**
     * The English name as text-to-speech should read it: {@code "Chinese (Mandarin)"} becomes
     * {@code "Chinese, Mandarin"}, because a voice reads parentheses as nothing and runs the words together.
     */
    public String spokenName() {
        return englishName.replace(" (", ", ").replace("(", ", ").replace(")", "").strip();
    }

    /**
     * "a Spanish interpreter", "an Arabic interpreter"; for a spoken name with a comma, "an interpreter for
     * Chinese, Mandarin", because an article before a comma reads badly.
     */
    public static String anInterpreterOf(String name) {
        if (name.contains(",")) {
            return "an interpreter for " + name;
        }
        return ("AEIOU".indexOf(Character.toUpperCase(name.charAt(0))) >= 0 ? "an " : "a ") + name + " interpreter";
    }

    private static List<String> names(String tag, String kind, List<String> names) {
        if (names == null) {
            return List.of();
        }
        for (String name : names) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("Language " + tag + " has a blank " + kind);
            }
        }
        return List.copyOf(names);
    }

    /** Short form for logs and test reports: {@code es (Spanish)}. */
    @Override
    public String toString() {
        return tag + " (" + englishName + ")";
    }
}
