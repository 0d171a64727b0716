package org.interpreterline.events.language;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which language a misspelled word most likely meant ({@code SPANSIH}, {@code ukranian}, {@code portugese}).
 * <p>
 * A word of 5-7 letters may be one slip (insert, delete, replace, swap two neighbours) from a name; a word of
 * 8 letters or more may be two slips from a name that is itself 8 letters or more. The first letter must be
 * right: thumbs and speech recognisers rarely get it wrong, and demanding it keeps many real words away from
 * language names. Two languages equally close is no answer.
 */
final class Misspellings {

    static final int SHORTEST_WORD = 5;
    static final int SHORTEST_NAME = 4;
    private static final int LONGEST_ONE_SLIP_WORD = 7;

    /**
     * English words within typo reach of a language name, found by running a dictionary through this class.
     * A speech recogniser only ever outputs real words, and these ones mean themselves, not a language:
     * "green" is not Greek, "Permian" is not Persian.
     */
    static final Set<String> ENGLISH_WORDS = Set.of(
            "alabamian", "alsatian", "athenian", "burgundian", "cambrian", "permian", "rotarian", "koran",
            "creation", "green", "greed", "greet", "bangle", "dinky", "ditch", "filliping", "franchise",
            "germane", "hinds", "mandating", "mandolin", "marshalled", "mongolism", "nuder", "portages", "pulsar",
            "romances", "sampan", "sloven", "slovens");

    private final List<Name> names = new ArrayList<>();

    private record Name(String text, Language language) {
    }

    /** Makes {@code name} (already reduced, Latin letters and spaces) a candidate for corrections. */
    void add(String name, Language language) {
        if (name.length() >= SHORTEST_NAME && isLatinLetters(name)) {
            names.add(new Name(name, language));
        }
    }

    /** The languages whose names are closest to {@code word} within reach; empty if none, several on a tie. */
    Set<Language> languagesMeantBy(String word) {
        if (word.length() < SHORTEST_WORD || !isLatinLetters(word) || ENGLISH_WORDS.contains(word)) {
            return Set.of();
        }
        int best = Integer.MAX_VALUE;
        Set<Language> closest = new LinkedHashSet<>();
        for (Name name : names) {
            if (name.text().charAt(0) != word.charAt(0)) {
                continue;
            }
            int allowed = Math.min(word.length(), name.text().length()) <= LONGEST_ONE_SLIP_WORD ? 1 : 2;
            int distance = TypoDistance.between(word, name.text(), allowed);
            if (distance > allowed || distance > best) {
                continue;
            }
            if (distance < best) {
                best = distance;
                closest.clear();
            }
            closest.add(name.language());
        }
        return closest;
    }

    static boolean isLatinLetters(String text) {
        return text.chars().allMatch(c -> c == ' ' || (c >= 'a' && c <= 'z'));
    }
}
