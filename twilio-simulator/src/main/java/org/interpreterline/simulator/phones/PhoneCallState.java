package org.interpreterline.simulator.phones;

import com.fasterxml.jackson.annotation.JsonValue;

/** What the person holding a virtual phone experiences right now. */
public enum PhoneCallState {
    IDLE("idle"),
    RINGING("ringing"),
    IN_CALL("in-call"),
    IN_CONFERENCE("in-conference"),
    /** in a conference that has not started yet, or put on hold: hold music */
    ON_HOLD("on-hold");

    private final String value;

    PhoneCallState(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }
}
