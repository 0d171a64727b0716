package org.interpreterline.events.language;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The voice menu of the line: a keypad digit for each of the most requested languages, and 0 for "say the
 * language" (the spoken answer then goes to {@link LanguageCatalog#resolve}).
 */
public final class LanguageMenu {

    /** The digit that asks the caller to say the language instead; never a language of its own. */
    public static final String SAY_THE_LANGUAGE = "0";

    /** The digit for "the interpreter from your last call": never a language of its own. */
    public static final String SAME_INTERPRETER = "9";

    private static final Map<String, String> STANDARD_TAGS =
            Map.of("1", "es", "2", "ar", "3", "zh", "4", "ne", "5", "sw");

    private final SortedMap<String, Language> byDigit;

    /**
     * A menu offering, for each digit, the language with that tag in {@code catalog}.
     *
     * @param tagsByDigit digits {@code "1"} to {@code "8"} mapped to BCP-47 tags
     * @throws IllegalArgumentException for a digit other than 1-8 (0 and 9 are reserved), a tag the catalog does not
     *                                  know, or a language on two digits
     */
    public LanguageMenu(Map<String, String> tagsByDigit, LanguageCatalog catalog) {
        SortedMap<String, Language> menu = new TreeMap<>();
        tagsByDigit.forEach((digit, tag) -> {
            if (digit == null || !digit.matches("[1-8]")) {
                throw new IllegalArgumentException("Menu digit must be 1 to 8 (" + SAY_THE_LANGUAGE
                        + " is reserved for saying the language, " + SAME_INTERPRETER
                        + " for the interpreter from the caller's last call), not '" + digit + "'");
            }
            Language language = catalog.byTag(tag).orElseThrow(() -> new IllegalArgumentException(
                    "Menu digit " + digit + " names language '" + tag + "', which is not in the language catalog"));
            if (menu.containsValue(language)) {
                throw new IllegalArgumentException("Menu offers " + language + " on two digits");
            }
            menu.put(digit, language);
        });
        this.byDigit = Collections.unmodifiableSortedMap(menu);
    }

    /** The default menu: 1 Spanish, 2 Arabic, 3 Chinese (Mandarin), 4 Nepali, 5 Swahili, 0 say the language. */
    public static LanguageMenu standard(LanguageCatalog catalog) {
        return new LanguageMenu(STANDARD_TAGS, catalog);
    }

    /** The language offered on the digits the caller pressed; empty for 0, an unused digit or anything else. */
    public Optional<Language> forDigit(String digits) {
        return digits == null ? Optional.empty() : Optional.ofNullable(byDigit.get(digits.strip()));
    }

    /** Whether the caller pressed the digit that means "I will say the language". */
    public boolean asksToSayTheLanguage(String digits) {
        return digits != null && SAY_THE_LANGUAGE.equals(digits.strip());
    }

    /** Whether the caller pressed the digit that asks for the interpreter from their last call. */
    public boolean asksForTheSameInterpreter(String digits) {
        return digits != null && SAME_INTERPRETER.equals(digits.strip());
    }

    /** Digit → language, in digit order. */
    public SortedMap<String, Language> languagesByDigit() {
        return byDigit;
    }

    /**
     * What the line reads to the caller. Language names are read in English: many languages have no
     * text-to-speech voice, and the caller is an English-speaking officer anyway.
     */
    public String prompt() {
        String again = " For the interpreter from your last call, press " + SAME_INTERPRETER + ".";
        if (byDigit.isEmpty()) {
            return "Say the name of the language you need." + again;
        }
        StringBuilder prompt = new StringBuilder();
        byDigit.forEach((digit, language) ->
                prompt.append("For ").append(language.spokenName()).append(", press ").append(digit).append(". "));
        return prompt.append("For any other language, press ").append(SAY_THE_LANGUAGE)
                .append(" or say its name.").append(again).toString();
    }
}
