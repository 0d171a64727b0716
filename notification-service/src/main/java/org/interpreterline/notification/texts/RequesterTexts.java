package org.interpreterline.notification.texts;

import org.interpreterline.notification.calls.LanguageWords;

/** Every text the line sends a requester (SMS and API requests), in one place for review. */
public final class RequesterTexts {

    private RequesterTexts() {
    }

    /** "Request K7Q2: all Spanish interpreters are busy; you are number 2 in line. We will call you ..." */
    public static String queued(String reference, String language, int position) {
        return "Request " + reference + ": all " + LanguageWords.written(language)
                + " interpreters are busy; you are number " + Math.max(1, position)
                + " in line. We will call you as soon as one is free.";
    }

    /** "Request K7Q2: Ana R. accepted. We are calling you now." */
    public static String interpreterFound(String reference, String interpreterName) {
        return "Request " + reference + ": " + InterpreterNames.shortForm(interpreterName)
                + " accepted. We are calling you now.";
    }

    /** "Request M3X8: Ana R., your interpreter from last time, accepted. We are calling you now." */
    public static String sameInterpreterFound(String reference, String interpreterName) {
        return "Request " + reference + ": " + InterpreterNames.shortForm(interpreterName)
                + ", your interpreter from last time, accepted. We are calling you now.";
    }

    /** "Request M3X8: your interpreter from last time is not available; we are finding another Spanish ..." */
    public static String sameInterpreterNotComing(String reference, String language) {
        return "Request " + reference + ": your interpreter from last time is not available; we are finding another "
                + LanguageWords.written(language) + " interpreter.";
    }

    /** "Request K7Q2: no Spanish interpreter is free. Call +1 800 555 0000 (our backup interpreter ...)". */
    public static String fallback(String reference, String language, String fallbackNumber) {
        return "Request " + reference + ": no " + LanguageWords.written(language) + " interpreter is free. Call "
                + PhoneWords.readable(fallbackNumber) + " (our backup interpreter service) and give reference "
                + reference + ".";
    }

    /** An escalation without a fallback provider: the request stays in line. */
    public static String stillLooking(String reference, String language) {
        return "Request " + reference + ": no " + LanguageWords.written(language)
                + " interpreter is free yet; we are still looking and will call you.";
    }

    public static String cancelledBySupervisor(String reference) {
        return "Request " + reference + " was cancelled by a supervisor. Text a language if you still need an "
                + "interpreter.";
    }

    public static String callbackMissed(String reference, String language) {
        return "Request " + reference + ": we called you but got no answer; text "
                + LanguageWords.written(language) + " again when you still need an interpreter.";
    }

    /** "Tigrinya: reply YES to get an interpreter." The language the person tapped on the officer's language card. */
    public static String languageCardChosen(String language) {
        return LanguageWords.written(language) + ": reply YES to get an interpreter. If that is wrong, show them the"
                + " card again.";
    }
}
