package org.interpreterline.dispatch.flags;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.interpreterline.events.CallFlag;

/**
 * The words an officer texts (or a CAD system sends) to flag a call as possibly traumatic for the interpreter:
 * DV / domestic, child / kid / juvenile / baby / infant, death / dead / deceased / DOA / fatal. Whole words only,
 * and not right after "no" or "not", an article between allowed ("no kids present", "not a child matter" flag
 * nothing). "Minor" is left out on purpose: "minor
 * injuries" is an ordinary note. A wrong flag costs little (a warning the interpreter hears); a missed one is
 * worse, so "domestic" alone flags.
 */
public final class FlagWords {

    private static final Map<String, CallFlag> WORDS = Map.ofEntries(
            Map.entry("DV", CallFlag.DOMESTIC_VIOLENCE),
            Map.entry("DOMESTIC", CallFlag.DOMESTIC_VIOLENCE),
            Map.entry("CHILD", CallFlag.CHILD),
            Map.entry("CHILDREN", CallFlag.CHILD),
            Map.entry("KID", CallFlag.CHILD),
            Map.entry("KIDS", CallFlag.CHILD),
            Map.entry("JUVENILE", CallFlag.CHILD),
            Map.entry("BABY", CallFlag.CHILD),
            Map.entry("INFANT", CallFlag.CHILD),
            Map.entry("DEATH", CallFlag.DEATH),
            Map.entry("DEAD", CallFlag.DEATH),
            Map.entry("DECEASED", CallFlag.DEATH),
            Map.entry("DOA", CallFlag.DEATH),
            Map.entry("FATAL", CallFlag.DEATH),
            Map.entry("FATALITY", CallFlag.DEATH));
    private static final Set<String> NEGATIONS = Set.of("NO", "NOT", "NON", "WITHOUT");
    private static final Set<String> ARTICLES = Set.of("A", "AN", "THE", "ANY");

    private FlagWords() {
    }

    /** The flags a free text names; empty for none. */
    public static List<CallFlag> in(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String cleaned = text.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        List<String> words = cleaned.isEmpty() ? List.of() : Arrays.asList(cleaned.split(" "));
        List<CallFlag> found = new ArrayList<>();
        for (int n = 0; n < words.size(); n++) {
            CallFlag flag = WORDS.get(words.get(n));
            if (flag != null && !negated(words, n)) {
                found.add(flag);
            }
        }
        return CallFlag.normalized(found);
    }

    private static boolean negated(List<String> words, int at) {
        int before = at - 1;
        if (before >= 0 && ARTICLES.contains(words.get(before))) {
            before--;
        }
        return before >= 0 && NEGATIONS.contains(words.get(before));
    }

    /** A flag by its name or one of its words ("DV", "child", "DOMESTIC_VIOLENCE"), as a CAD system may send it. */
    public static Optional<CallFlag> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        for (CallFlag flag : CallFlag.values()) {
            if (flag.name().equals(key)) {
                return Optional.of(flag);
            }
        }
        return Optional.ofNullable(WORDS.get(key));
    }

    /** "domestic violence and a child": for texts and the timeline. */
    public static String spoken(Collection<CallFlag> flags) {
        List<String> words = CallFlag.normalized(flags).stream().map(CallFlag::spoken).toList();
        if (words.size() <= 1) {
            return words.isEmpty() ? "" : words.getFirst();
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.getLast();
    }
}
