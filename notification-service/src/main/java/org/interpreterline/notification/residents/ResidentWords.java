package org.interpreterline.notification.residents;

import org.interpreterline.events.notification.ResidentCallOutcome;
import org.interpreterline.platform.phone.PhoneMask;

/** What an added resident hears, and what the officer who added them is texted: short, plain, never the number. */
public final class ResidentWords {

    /** Said to the resident as they join, before they hear anyone. */
    public static final String ANNOUNCEMENT = "This is the interpreter line. An officer and an interpreter are on "
            + "this call.";

    private ResidentWords() {
    }

    /** The officer's text once the call to {@code ***0199} is answered, or is not. */
    public static String outcome(String maskedNumber, ResidentCallOutcome.Outcome outcome) {
        String number = "The number ending " + PhoneMask.lastFour(maskedNumber);
        return switch (outcome) {
            case ANSWERED -> number + " answered and is joining your call.";
            case BUSY -> number + " was busy. Text ADD and the number to try again.";
            case NO_ANSWER -> number + " rang but nobody answered. Text ADD and the number to try again.";
            case FAILED -> "We could not call the number ending " + PhoneMask.lastFour(maskedNumber)
                    + ". Check it and text ADD again.";
        };
    }

    /** Said into the call of an officer who added the number with the keypad: how it went, and how to try again. */
    public static String spokenOutcome(String maskedNumber, ResidentCallOutcome.Outcome outcome) {
        String number = "The number ending " + PhoneMask.spokenLastFour(maskedNumber);
        return switch (outcome) {
            case ANSWERED -> number + " answered and is joining the call.";
            case BUSY -> number + " was busy. To try again, press star.";
            case NO_ANSWER -> number + " rang but nobody answered. To try again, press star.";
            case FAILED -> "We could not call the number ending " + PhoneMask.spokenLastFour(maskedNumber)
                    + ".";
        };
    }
}
