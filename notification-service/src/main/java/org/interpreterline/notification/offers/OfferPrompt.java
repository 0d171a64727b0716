package org.interpreterline.notification.offers;

import org.interpreterline.events.RequestConference;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.notification.calls.LanguageWords;
import org.interpreterline.platform.text.CleanText;

/** Everything the line says to an interpreter it offers a request to, in one place for review. */
public final class OfferPrompt {

    public static final String ACCEPT_DIGIT = "1";
    public static final String DECLINE_DIGIT = "2";
    /** "I know this person / I can't take this one": the next interpreter is offered at once, and it is no miss. */
    public static final String CONFLICT_DIGIT = "3";
    /**
     * Hear the offer again. It does not stop the roster's offer timer (LINE_OFFER_TIMEOUT), which keeps running: an
     * offer that is never answered must still move on to the next interpreter.
     */
    public static final String AGAIN_DIGIT = "4";

    public static final String NO_LONGER_NEEDED = "This request is no longer needed. Thank you.";
    public static final String CONNECTING = "Thank you. Connecting you now.";
    public static final String DECLINED = "Thank you. Goodbye.";
    public static final String EXCUSED = "Thank you for saying so. Another interpreter will take it. Goodbye.";
    public static final String NO_ANSWER = "No answer received. Goodbye.";
    public static final String NOT_A_CHOICE = "Sorry, that is not one of the choices.";
    public static final String COULD_NOT_CONNECT =
            "Sorry, we could not connect you to this request. It is no longer needed. Goodbye.";
    public static final String WAITING_FOR_OFFICER = "We are calling the officer now.";

    static final String KEYS = "Press " + ACCEPT_DIGIT + " to accept, " + DECLINE_DIGIT + " to decline, "
            + CONFLICT_DIGIT + " if you know this person or cannot take this call, " + AGAIN_DIGIT
            + " to hear this again.";
    /** Before the recording of the officer's own words: the interpreter knows whose voice comes next. */
    static final String SPOKEN_NOTE = "The officer says:";

    /** Longest note and agency said: what dispatch-service keeps, so a note is only cut here if it was not there. */
    static final int NOTE_MAX = 300;
    static final int AGENCY_MAX = 120;

    private OfferPrompt() {
    }

    /**
     * "Spanish interpreter needed for Pittsburgh Police, emergency. This call may involve a child. [the note.] Press 1
     * to accept, 2 to decline, 3 if you know this person or cannot take this call, 4 to hear this again." The warning
     * comes before the note, so it is heard even if the note is long. What the event carries is cleaned again here:
     * an event written by an
     * older dispatch-service may hold a note cut inside an emoji or with control characters, which the TwiML
     * serializer refuses, and an offer must always be said.
     */
    public static String offer(OfferMade made) {
        return about(made) + KEYS;
    }

    /** What comes before the officer's spoken note, if there is one: the offer without its keys. */
    static String about(OfferMade made) {
        StringBuilder text = new StringBuilder(CleanText.of(LanguageWords.spoken(made.language()), AGENCY_MAX))
                .append(" interpreter needed");
        String agency = CleanText.of(made.agency(), AGENCY_MAX);
        if (!agency.isEmpty()) {
            text.append(" for ").append(agency);
        }
        if (made.priority() != null) {
            text.append(", ").append(made.priority().spoken());
        }
        if (RequestConference.relayOf(made.requestId(), made.conferenceName()).isPresent()) {
            text.append(", to join a call in progress with another interpreter");
        }
        text.append(". ");
        text.append(warning(made.flags()));
        String note = CleanText.of(made.note(), NOTE_MAX);
        if (!note.isEmpty()) {
            text.append(note).append(note.endsWith(".") ? " " : ". ");
        }
        return text.toString();
    }

    /** "This call may involve domestic violence and a child. " or nothing. */
    static String warning(java.util.List<org.interpreterline.events.CallFlag> flags) {
        if (flags == null || flags.isEmpty()) {
            return "";
        }
        java.util.List<String> words = flags.stream().map(org.interpreterline.events.CallFlag::spoken).toList();
        String all = words.size() == 1 ? words.getFirst()
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.getLast();
        return "This call may involve " + all + ". ";
    }
}
