package org.interpreterline.events.language;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Free text (an SMS, a speech transcript, a name from the catalog) reduced to comparable words: lower case,
 * accents stripped from Latin letters, apostrophes dropped, other punctuation treated as a space.
 * <p>
 * Both the officer's text and every catalog name go through the same reduction, so they compare equal
 * however they were typed ({@code "K'iche'"}, {@code "kʼicheʼ"}, {@code "KICHE"} are all {@code kiche}).
 */
record Phrase(List<String> words) {

    /**
     * Words that say nothing about which language: politeness, the request itself, hesitations a
     * speech recogniser transcribes, and the greeting or HELP an SMS may start with. {@code hi}, {@code it},
     * {@code my}, {@code id}, {@code yo} and {@code ha} are also language codes (Hindi, Italian, Burmese,
     * Indonesian, Yoruba, Hausa); as filler they win, so those languages are found by name only.
     * {@code person} and {@code among} are here because they are one typo away from Persian and Hmong.
     */
    static final Set<String> FILLERS = Set.of(
            "please", "pls", "plz", "thanks", "thank", "you", "thx",
            "i", "im", "id", "ill", "ive", "we", "us", "me", "my", "our", "it", "its", "is", "are", "be",
            "a", "an", "the", "in", "for", "to", "of", "with", "that", "this", "there", "here", "among",
            "need", "needs", "needed", "want", "wants", "wanted", "can", "could", "would", "get", "got",
            "have", "has", "send", "call", "just", "now", "asap", "urgent", "urgently", "quick", "quickly",
            "speak", "speaks", "speaking", "spoken", "speaker", "speakers", "talk", "talks", "talking",
            "language", "languages", "lang", "interpreter", "interpreters", "interpretor", "interpretation",
            "interpret", "interpreting", "translator", "translators", "translation", "translate",
            "someone", "somebody", "anyone", "anybody", "who", "person", "people", "persons",
            "help", "uh", "uhh", "um", "umm", "er", "erm", "hm", "hmm", "mm", "mhm", "ah", "oh", "like",
            "okay", "ok", "yes", "yeah", "yep", "yup", "hi", "hello", "hey", "yo", "ha", "haha", "lol");

    /**
     * Words that turn a language name into its opposite ("not Spanish", "doesn't speak Spanish",
     * "cancel Spanish"). A language named right after one of them is not a request for it.
     */
    static final Set<String> NEGATIONS = Set.of(
            "no", "not", "nope", "nah", "dont", "doesnt", "didnt", "isnt", "cant", "cannot", "never",
            "without", "except", "wrong", "cancel", "stop");

    // Straight, curly and modifier apostrophes: removed, not spaced, so that k'iche' reads kiche.
    private static final String APOSTROPHES = "'\u2019\u2018\u02BC\u02BB`\u00B4";

    Phrase {
        words = List.copyOf(words);
    }

    /** The words of {@code text}, reduced as described on the class; null reads as no words. */
    static Phrase of(String text) {
        if (text == null) {
            return new Phrase(List.of());
        }
        String reduced = reduce(text).strip();
        return new Phrase(reduced.isEmpty() ? List.of() : Arrays.asList(reduced.split(" +")));
    }

    Phrase withoutFillers() {
        List<String> kept = new ArrayList<>(words.size());
        for (String word : words) {
            if (!FILLERS.contains(word)) {
                kept.add(word);
            }
        }
        return new Phrase(kept);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    int size() {
        return words.size();
    }

    String word(int index) {
        return words.get(index);
    }

    /** Words {@code from} (inclusive) to {@code to} (exclusive), joined by single spaces. */
    String text(int from, int to) {
        return String.join(" ", words.subList(from, to));
    }

    String text() {
        return String.join(" ", words);
    }

    private static String reduce(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean afterLatinLetter = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (isMark(c)) {
                // Accents go from Latin letters only: in Devanagari, Arabic or Thai a mark is part of the word.
                if (!afterLatinLetter) {
                    out.appendCodePoint(c);
                }
                continue;
            }
            afterLatinLetter = Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
            if (APOSTROPHES.indexOf(c) >= 0 || Character.getType(c) == Character.FORMAT) {
                continue; // format characters (zero-width joiners, soft hyphens) are invisible spelling noise
            }
            if (Character.isLetterOrDigit(c)) {
                out.append(latinWithoutStroke(c));
            } else {
                out.append(' ');
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    // Latin letters that carry their accent in the letter itself, so NFD cannot strip it (tiếng Việt: đ).
    private static String latinWithoutStroke(int c) {
        return switch (c) {
            case 'đ' -> "d";
            case 'ł' -> "l";
            case 'ø' -> "o";
            case 'ı' -> "i";
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            default -> Character.toString(c);
        };
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
