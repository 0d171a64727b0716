package org.interpreterline.events.language;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The languages the line knows, and the reading of an officer's free text ("spanish please", "SPANSIH",
 * "español", "I need a Somali interpreter") as one of them.
 * <p>
 * A wrong language is worse than asking again, so {@link #resolve} answers only when the text points at
 * exactly one language, by these rules:
 * <ol>
 * <li><b>Reduce</b>: lower case, accents stripped from Latin letters (other scripts are kept as written),
 *     apostrophes dropped ({@code K'iche'} → {@code kiche}), other punctuation read as a space.</li>
 * <li><b>Drop filler</b> words that say nothing about a language ("please", "I need a … interpreter", "uh",
 *     "hello", "help"). Nothing left → no language.</li>
 * <li><b>Whole message</b>: what is left is compared with every name: tag, English name (and its parts:
 *     {@code Chinese (Mandarin)} also answers to {@code chinese} and {@code mandarin}), native names, aliases.</li>
 * <li><b>Codes only alone</b>: the tag and any alias of three letters or fewer (ISO codes such as {@code so},
 *     {@code es}, {@code spa}, {@code asl}) count only when they are the whole message after filler removal.
 *     {@code "so"} is Somali, but in {@code "so I need spanish"} the {@code so} is just a word, and the answer
 *     is Spanish. Codes that are also filler words ({@code hi}, {@code it}, {@code my}, {@code id}, {@code yo},
 *     {@code ha}) never match: those languages are found by name.</li>
 * <li><b>Word by word</b>: otherwise the message is read left to right, the longest name first at each word
 *     ({@code farsi dari} is Dari, not Persian plus Dari). A name right after a negation ("not", "doesn't",
 *     "cancel") makes the whole message unsure.</li>
 * <li><b>Typos</b>: a word of five letters or more that matched nothing is compared with the English names,
 *     Latin-script native names and aliases of four letters or more: one slip (insert, delete, replace, swap
 *     two neighbours) for words of 5-7 letters, two where word and name both have 8 letters or more. The first
 *     letter must be right, and known English words near a language name ("green", "creation") are not
 *     corrected. Two languages equally close → unsure.</li>
 * <li><b>One language or none</b>: every language found anywhere in the message must be the same one;
 *     {@code "spanish or arabic"} is unsure.</li>
 * </ol>
 * Digits are never a language here (keypad digits are {@link LanguageMenu}'s business), and a text of more than
 * 500 characters is not naming a language.
 * <p>
 * A catalog fails at construction if two languages share a tag or a name, so a name can never be ambiguous.
 */
public final class LanguageCatalog {

    // An SMS is 160 characters and a spoken answer a few words; anything far longer is not naming a language.
    private static final int LONGEST_USEFUL_TEXT = 500;
    private static final int LONGEST_CODE = 3;

    private static final class Standard {
        private static final LanguageCatalog CATALOG = new LanguageCatalog(BuiltInLanguages.ALL);
    }

    private final List<Language> languages;
    private final Map<String, Language> byTag = new HashMap<>();
    /** Every name, codes included: what a whole message may be. */
    private final Map<String, Language> byWholeMessage = new HashMap<>();
    /** Names that may stand among other words: every name but the codes. */
    private final Map<String, Language> byWords = new HashMap<>();
    /** Names a misspelled word may be corrected to. */
    private final Misspellings misspellings = new Misspellings();
    private final int longestNameInWords;

    /**
     * A catalog of {@code languages}, kept in the given order.
     *
     * @throws IllegalArgumentException if two languages share a tag or a name, or a name is made of filler
     *                                  words only (it could never be matched)
     */
    public LanguageCatalog(List<Language> languages) {
        this.languages = List.copyOf(languages);
        for (Language language : this.languages) {
            Language clash = byTag.putIfAbsent(language.tag().toLowerCase(Locale.ROOT), language);
            if (clash != null) {
                throw new IllegalArgumentException(
                        "Tag " + language.tag() + " is used by both " + clash + " and " + language);
            }
            index(language);
        }
        longestNameInWords = byWords.keySet().stream().mapToInt(name -> name.split(" ").length).max().orElse(1);
    }

    /** The built-in catalog of the languages most requested from US police, court and 911 interpreter lines. */
    public static LanguageCatalog standard() {
        return Standard.CATALOG;
    }

    /**
     * The one language {@code freeText} names, or empty when it names none, several, or is unsure (see the
     * class description). Never throws.
     */
    public Optional<Language> resolve(String freeText) {
        if (freeText == null || freeText.length() > LONGEST_USEFUL_TEXT) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(languageOf(Phrase.of(freeText).withoutFillers()));
        } catch (RuntimeException unexpected) {
            // Reached only through a bug; the caller's fallback (ask again) is always better than a failed call.
            return Optional.empty();
        }
    }

    /** The language with this BCP-47 tag (compared case-insensitively). */
    public Optional<Language> byTag(String tag) {
        return tag == null ? Optional.empty() : Optional.ofNullable(byTag.get(tag.strip().toLowerCase(Locale.ROOT)));
    }

    /** Every language, in the order the catalog was built with. */
    public List<Language> all() {
        return languages;
    }

    /**
     * The English name of {@code tag} ("K'iche' into Spanish" for a {@link LanguagePair}), or the tag itself if the
     * catalog does not know it.
     */
    public String englishName(String tag) {
        return byTag(tag).map(Language::englishName)
                .or(() -> LanguagePair.of(tag, this).map(LanguagePair::englishName)).orElse(tag);
    }

    /** As a voice reads {@code tag}'s name, a {@link LanguagePair}'s too; empty when the catalog does not know it. */
    public Optional<String> spokenName(String tag) {
        return byTag(tag).map(Language::spokenName).or(() -> LanguagePair.of(tag, this).map(LanguagePair::spokenName));
    }

    private Language languageOf(Phrase phrase) {
        if (phrase.isEmpty()) {
            return null;
        }
        Language whole = byWholeMessage.get(phrase.text());
        if (whole != null) {
            return whole;
        }
        Set<Language> found = new LinkedHashSet<>();
        int at = 0;
        while (at < phrase.size()) {
            int words = longestNameAt(phrase, at);
            Set<Language> here = words > 0
                    ? Set.of(byWords.get(phrase.text(at, at + words)))
                    : misspellings.languagesMeantBy(phrase.word(at));
            if (!here.isEmpty() && at > 0 && Phrase.NEGATIONS.contains(phrase.word(at - 1))) {
                return null;
            }
            found.addAll(here);
            at += Math.max(words, 1);
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** How many words from {@code at} form the longest name, or 0 if no name starts there. */
    private int longestNameAt(Phrase phrase, int at) {
        for (int words = Math.min(longestNameInWords, phrase.size() - at); words > 0; words--) {
            if (byWords.containsKey(phrase.text(at, at + words))) {
                return words;
            }
        }
        return 0;
    }

    private void index(Language language) {
        addName(language.tag(), language, true);
        addName(language.englishName(), language, false);
        int open = language.englishName().indexOf('(');
        if (open > 0) {
            // "Chinese (Mandarin)" is also just "Chinese" and just "Mandarin"
            addName(language.englishName().substring(0, open), language, false);
            addName(language.englishName().substring(open + 1).replace(")", ""), language, false);
        }
        language.nativeNames().forEach(name -> addName(name, language, false));
        language.aliases().forEach(alias -> addName(alias, language, isCode(alias)));
    }

    private void addName(String raw, Language language, boolean code) {
        Phrase phrase = Phrase.of(raw).withoutFillers();
        if (phrase.isEmpty()) {
            if (code) {
                return; // a tag such as "it" or "my" is also a filler word: reachable by byTag, not by resolve
            }
            throw new IllegalArgumentException("Name '" + raw + "' of " + language + " is only filler words");
        }
        String name = phrase.text();
        if (phrase.size() == 1 && Phrase.NEGATIONS.contains(name)) {
            throw new IllegalArgumentException("Name '" + raw + "' of " + language + " is a negation word");
        }
        Language clash = byWholeMessage.putIfAbsent(name, language);
        if (clash != null && clash != language) {
            throw new IllegalArgumentException("Name '" + raw + "' would mean both " + clash + " and " + language);
        }
        if (code || byWords.putIfAbsent(name, language) != null) {
            return; // a code, or a second spelling of a name already indexed (español, espanol)
        }
        misspellings.add(name, language);
    }

    /** Aliases this short are ISO codes ({@code spa}, {@code asl}) or close to it: whole-message only. */
    private static boolean isCode(String alias) {
        return Phrase.of(alias).text().length() <= LONGEST_CODE;
    }
}
