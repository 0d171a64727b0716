package org.interpreterline.notification.callbacks;

import org.interpreterline.notification.calls.LanguageWords;

/** Everything the line says to a requester it calls, in one place for review. */
public final class CallbackPrompt {

    public static final String NO_LONGER_ACTIVE = "Interpreter Line. This request is no longer active. Goodbye.";
    public static final String TRANSFERRING = "Transferring you to our backup interpreter service.";
    public static final String CANCELLED_BY_SUPERVISOR = "Interpreter Line. Your request was cancelled by a "
            + "supervisor. If you still need an interpreter, please call again. Goodbye.";
    /** Said when the line cannot read where the request stands (it is handing work between instances). */
    public static final String TRY_AGAIN = "Interpreter Line. Sorry, we could not connect you. If you still need an "
            + "interpreter, please call or text the line again. Goodbye.";
    /** Said to the interpreter waiting in the conference when the officer did not pick up. */
    public static final String OFFICER_DID_NOT_ANSWER =
            "The officer did not answer our call. They can ask again by text. Thank you, goodbye.";

    private CallbackPrompt() {
    }

    /** "Interpreter Line. Your Spanish interpreter is on the line. Connecting you now." */
    public static String connecting(String language) {
        return "Interpreter Line. Your " + LanguageWords.spoken(language)
                + " interpreter is on the line. Connecting you now.";
    }
}
