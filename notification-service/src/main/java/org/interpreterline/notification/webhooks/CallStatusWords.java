package org.interpreterline.notification.webhooks;

import java.util.List;
import java.util.Locale;

/** Twilio's words for a call's progress and for who picked it up. */
public final class CallStatusWords {

    /** Status callbacks asked for on every call the line places. */
    public static final List<String> EVENTS = List.of("initiated", "ringing", "answered", "completed");

    public static final String MACHINE_DETECTION = "Enable";

    private CallStatusWords() {
    }

    /** Twilio's AnsweredBy: machine_start, machine_end_beep, ..., fax; human and unknown count as a person. */
    public static boolean answeredByMachine(String answeredBy) {
        if (answeredBy == null) {
            return false;
        }
        String who = answeredBy.toLowerCase(Locale.ROOT);
        return who.startsWith("machine") || who.equals("fax");
    }
}
