package org.interpreterline.notification.offers;

import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.notification.calls.LanguageWords;

/** Everything the line says to an interpreter it offers a request to, in one place for review. */
public final class OfferPrompt {

    public static final String ACCEPT_DIGIT = "1";
    public static final String DECLINE_DIGIT = "2";
    /** "I know this person / I can't take this one": the next interpreter is offered at once, and it is no miss. */
    public static final String CONFLICT_DIGIT = "3";

    public static final String NO_LONGER_NEEDED = "This request is no longer needed. Thank you.";
    public static final String CONNECTING = "Thank you. Connecting you now.";
    public static final String DECLINED = "Thank you. Goodbye.";
    public static final String EXCUSED = "Thank you for saying so. Another interpreter will take it. Goodbye.";
    public static final String NO_ANSWER = "No answer received. Goodbye.";
    public static final String NOT_A_CHOICE = "Sorry, that is not one of the choices.";
    public static final String COULD_NOT_CONNECT =
            "Sorry, we could not connect you to this request. It is no longer needed. Goodbye.";
    public static final String WAITING_FOR_OFFICER = "We are calling the officer now.";

    private OfferPrompt() {
    }

    /**
     * "Spanish interpreter needed for Pittsburgh Police, emergency. Press 1 to accept, 2 to decline, 3 if you know
     * this person or cannot take this call."
     */
    public static String offer(OfferMade made) {
        StringBuilder text = new StringBuilder(LanguageWords.spoken(made.language())).append(" interpreter needed");
        if (made.agency() != null && !made.agency().isBlank()) {
            text.append(" for ").append(made.agency().strip());
        }
        if (made.priority() != null) {
            text.append(", ").append(made.priority().spoken());
        }
        text.append(". ");
        if (made.note() != null && !made.note().isBlank()) {
            String note = made.note().strip();
            text.append(note).append(note.endsWith(".") ? " " : ". ");
        }
        return text.append("Press ").append(ACCEPT_DIGIT).append(" to accept, ")
                .append(DECLINE_DIGIT).append(" to decline, ")
                .append(CONFLICT_DIGIT).append(" if you know this person or cannot take this call.").toString();
    }
}
