package org.interpreterline.simulator.phones;

import java.util.Locale;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a virtual phone reacts to an incoming call. */
public enum Behaviour {
    /** rings until answered or rejected through the control API, or the ring timeout (no-answer) */
    MANUAL("manual"),
    /** answers after {@code answerAfterMs} */
    ANSWER("answer"),
    BUSY("busy"),
    /** rings out: no-answer at the caller's ring timeout */
    NO_ANSWER("no-answer"),
    /** the call fails (status failed), as for an unreachable number */
    FAIL("fail"),
    /** an answering machine: answers after {@code answerAfterMs} and never presses anything */
    VOICEMAIL("voicemail");

    private final String value;

    Behaviour(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    @JsonCreator
    public static Behaviour of(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Behaviour behaviour : values()) {
            if (behaviour.value.equals(wanted)) {
                return behaviour;
            }
        }
        throw new IllegalArgumentException("unknown behaviour '" + text + "' (manual, answer, busy, no-answer, fail, voicemail)");
    }
}
