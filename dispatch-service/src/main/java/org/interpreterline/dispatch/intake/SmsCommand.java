package org.interpreterline.dispatch.intake;

import java.util.List;
import org.interpreterline.dispatch.presence.PresenceText;
import org.interpreterline.events.CallFlag;
import org.interpreterline.events.language.Language;

/** What a text to the line asks for. */
public sealed interface SmsCommand {

    /** HELP, INFO, MENU or "?". */
    record Help() implements SmsCommand {
    }

    /** CANCEL: the sender's request in progress. */
    record Cancel() implements SmsCommand {
    }

    /** STATUS: of the sender's request, or of the interpreter who texts it. */
    record Status() implements SmsCommand {
    }

    /** ON, OFF or BREAK: only interpreters. */
    record Presence(PresenceText.Change change) implements SmsCommand {
    }

    /**
     * A language, perhaps with more words: "spanish emergency, domestic at 5th and Main".
     *
     * @param emergency the text says it is an emergency
     * @param note      the text as sent, for the interpreter's prompt; null if it said no more than the language
     * @param flags     what the text flags as possibly traumatic ("DV", "child", "death"; {@code FlagWords})
     * @param via       "K'iche' via Spanish": a relay from the start, a K'iche' interpreter who interprets into
     *                  Spanish and a Spanish interpreter on one call; null for one interpreter
     */
    record LanguageRequest(Language language, boolean emergency, String note, List<CallFlag> flags, Language via)
            implements SmsCommand {

        public LanguageRequest {
            flags = CallFlag.normalized(flags);
        }

        public LanguageRequest(Language language, boolean emergency, String note, List<CallFlag> flags) {
            this(language, emergency, note, flags, null);
        }

        public LanguageRequest(Language language, boolean emergency, String note) {
            this(language, emergency, note, List.of());
        }
    }

    /** TOUGH: only interpreters; their latest call was hard on them. */
    record Tough() implements SmsCommand {
    }

    /**
     * AGAIN: the interpreter of the sender's last connected request, or of the one with {@code reference}, first.
     *
     * @param reference the request named after AGAIN, or null for the last one
     */
    record Again(String reference) implements SmsCommand {
    }

    /**
     * ADD and a number: call that number into the sender's connected call (a resident on another phone).
     *
     * @param number the number as typed, checked later
     */
    record AddResident(String number) implements SmsCommand {
    }

    /**
     * ALSO and a language: a second interpreter joins the sender's connected call (a relay: K'iche' into Spanish, while
     * the Spanish interpreter interprets into English).
     *
     * @param language the language asked for, or null when the words after ALSO name none
     * @param asked    the words after ALSO, for the answer when they name no language
     */
    record Also(Language language, String asked) implements SmsCommand {
    }

    /** CARD: a link to a language card the officer shows a person whose language they cannot tell. */
    record Card() implements SmsCommand {
    }

    /** YES: open a request for the language the person chose on the officer's language card. */
    record Yes() implements SmsCommand {
    }

    /** Anything else. */
    record Unrecognised(String text) implements SmsCommand {
    }
}
