package org.interpreterline.dispatch.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interpreterline.dispatch.flags.FlagWords;
import org.interpreterline.dispatch.presence.PresenceText;
import org.interpreterline.events.language.Language;
import org.interpreterline.events.language.LanguageCatalog;
import org.interpreterline.platform.text.CleanText;
import org.springframework.stereotype.Component;

/**
 * Reads a text sent to the line. Keywords count only as the first word of a short text ("cancel",
 * "Status?", "ON please"), so a note such as "spanish, he is on the porch" stays a language request.
 */
@Component
public class SmsCommands {

    /** The longest note an interpreter hears. */
    static final int NOTE_MAX = 300;
    private static final int KEYWORD_TEXT_MAX_WORDS = 2;
    private static final int LANGUAGE_PREFIX_MAX_WORDS = 3;
    private static final Pattern VIA = Pattern.compile("(?i)\\s*(.+?)\\s+via\\s+(.+)");
    private static final Set<String> HELP = Set.of("HELP", "INFO", "MENU", "?", "COMMANDS");
    private static final Set<String> EMERGENCY = Set.of("EMERGENCY", "URGENT", "URGENTLY", "ASAP", "911",
            "IMMEDIATELY", "PRIORITY", "STAT");

    // words after a language that add nothing for the interpreter
    private static final Set<String> FILLER = Set.of("PLEASE", "PLS", "INTERPRETER", "NEEDED", "NOW", "THANKS");

    private final LanguageCatalog catalog;

    public SmsCommands(LanguageCatalog catalog) {
        this.catalog = catalog;
    }

    /** A text from a registered responder. */
    public SmsCommand fromResponder(String body) {
        String text = body == null ? "" : body.strip();
        Optional<SmsCommand> add = addResident(text);
        if (add.isPresent()) {
            return add.get();
        }
        Optional<SmsCommand> also = also(text);
        if (also.isPresent()) {
            return also.get();
        }
        Optional<String> keyword = keyword(text);
        if (keyword.isPresent()) {
            switch (keyword.get()) {
                case "CANCEL" -> {
                    return new SmsCommand.Cancel();
                }
                case "STATUS" -> {
                    return new SmsCommand.Status();
                }
                case "CARD" -> {
                    return new SmsCommand.Card();
                }
                case "YES", "Y" -> {
                    return new SmsCommand.Yes();
                }
                case "AGAIN" -> {
                    List<String> words = words(text);
                    return new SmsCommand.Again(words.size() > 1 ? words.get(1) : null);
                }
                default -> {
                    if (HELP.contains(keyword.get())) {
                        return new SmsCommand.Help();
                    }
                }
            }
        }
        return languageRequest(text).orElseGet(() -> new SmsCommand.Unrecognised(text));
    }

    /** A text from an interpreter on the roster. */
    public SmsCommand fromInterpreter(String body) {
        String text = body == null ? "" : body.strip();
        Optional<String> keyword = keyword(text);
        if (keyword.isEmpty()) {
            return new SmsCommand.Unrecognised(text);
        }
        if (keyword.get().equals("STATUS")) {
            return new SmsCommand.Status();
        }
        if (keyword.get().equals("TOUGH")) {
            return new SmsCommand.Tough();
        }
        if (HELP.contains(keyword.get())) {
            return new SmsCommand.Help();
        }
        return PresenceText.Change.fromKeyword(keyword.get()).<SmsCommand>map(SmsCommand.Presence::new)
                .orElseGet(() -> new SmsCommand.Unrecognised(text));
    }

    /** "ADD +1 412 555 0199": a number is several words, so ADD is recognised before the short keywords. */
    private static Optional<SmsCommand> addResident(String text) {
        String[] parts = text.split("\\s+", 2);
        if (!parts[0].equalsIgnoreCase("ADD") && !parts[0].equalsIgnoreCase("ADD:")) {
            return Optional.empty();
        }
        return Optional.of(new SmsCommand.AddResident(parts.length > 1 ? parts[1].strip() : ""));
    }

    /** "ALSO K'iche'": a language may be several words ("also haitian creole"), so ALSO is recognised first. */
    private Optional<SmsCommand> also(String text) {
        String[] parts = text.split("\\s+", 2);
        if (!parts[0].equalsIgnoreCase("ALSO") && !parts[0].equalsIgnoreCase("ALSO:")) {
            return Optional.empty();
        }
        String asked = parts.length > 1 ? parts[1].strip() : "";
        return Optional.of(new SmsCommand.Also(catalog.resolve(asked).orElse(null), CleanText.of(asked, 40)));
    }

    private static Optional<String> keyword(String text) {
        List<String> words = words(text);
        if (words.isEmpty() || words.size() > KEYWORD_TEXT_MAX_WORDS) {
            return text.strip().equals("?") ? Optional.of("?") : Optional.empty();
        }
        return Optional.of(words.getFirst());
    }

    private Optional<SmsCommand> languageRequest(String text) {
        Optional<SmsCommand> pair = pairRequest(text);
        if (pair.isPresent()) {
            return pair;
        }
        List<String> words = words(text);
        Optional<Language> language = catalog.resolve(text);
        // a note may name a second language ("spanish, his wife speaks french"): then the first words decide
        for (int n = 1; language.isEmpty() && n <= Math.min(LANGUAGE_PREFIX_MAX_WORDS, words.size()); n++) {
            String prefix = String.join(" ", words.subList(0, n));
            language = catalog.resolve(prefix).filter(l -> !isCode(l, prefix));
        }
        if (language.isEmpty()) {
            return Optional.empty();
        }
        boolean emergency = words.stream().anyMatch(EMERGENCY::contains);
        List<String> rest = wordsAfter(language.get(), words);
        return Optional.of(new SmsCommand.LanguageRequest(language.get(), emergency, note(text, rest),
                FlagWords.in(text)));
    }

    /**
     * "K'iche' via Spanish[, more words]": a relay from the start. The language before VIA is the whole of it (names
     * like K'iche' carry apostrophes), the one after it the first words that name one.
     */
    private Optional<SmsCommand> pairRequest(String text) {
        Matcher via = VIA.matcher(text);
        if (!via.matches()) {
            return Optional.empty();
        }
        Optional<Language> language = catalog.resolve(via.group(1));
        String[] after = via.group(2).strip().split("\\s+");
        for (int n = Math.min(LANGUAGE_PREFIX_MAX_WORDS, after.length); n >= 1 && language.isPresent(); n--) {
            String named = String.join(" ", Arrays.asList(after).subList(0, n)).replaceAll("[,.;:!]+$", "");
            Optional<Language> into = catalog.resolve(named).filter(l -> !l.equals(language.get()));
            if (into.isPresent()) {
                List<String> rest = words(String.join(" ", Arrays.asList(after).subList(n, after.length)));
                return Optional.of(new SmsCommand.LanguageRequest(language.get(),
                        words(text).stream().anyMatch(EMERGENCY::contains), note(text, rest), FlagWords.in(text),
                        into.get()));
            }
        }
        return Optional.empty();
    }

    /** The words after the shortest opening that names the language (all words if none does). */
    private List<String> wordsAfter(Language language, List<String> words) {
        for (int n = 1; n <= words.size(); n++) {
            if (catalog.resolve(String.join(" ", words.subList(0, n))).filter(language::equals).isPresent()) {
                return words.subList(n, words.size());
            }
        }
        return words;
    }

    /** "so" alone is Somali, but at the start of "so his wife speaks french" it is just a word. */
    private static boolean isCode(Language language, String prefix) {
        return language.tag().equalsIgnoreCase(prefix)
                || language.aliases().stream().anyMatch(a -> a.length() <= 3 && a.equalsIgnoreCase(prefix));
    }

    /** The text as sent, unless it says no more than the language and how urgent it is. */
    private static String note(String text, List<String> rest) {
        if (rest.stream().allMatch(w -> EMERGENCY.contains(w) || FILLER.contains(w))) {
            return null;
        }
        // cut between graphemes: a plain cut could split an emoji, leaving half of it, which XML cannot carry
        return CleanText.of(text, NOTE_MAX);
    }

    private static List<String> words(String text) {
        String cleaned = text.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return cleaned.isEmpty() ? List.of() : Arrays.asList(cleaned.split(" "));
    }
}
