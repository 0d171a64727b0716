package org.interpreterline.simulator.calls;

import com.fasterxml.jackson.annotation.JsonValue;

/** Twilio's call statuses. */
public enum CallStatus {
    QUEUED("queued"),
    RINGING("ringing"),
    IN_PROGRESS("in-progress"),
    COMPLETED("completed"),
    BUSY("busy"),
    NO_ANSWER("no-answer"),
    FAILED("failed"),
    CANCELED("canceled");

    private final String value;

    CallStatus(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    public boolean isFinal() {
        return ordinal() >= COMPLETED.ordinal();
    }
}
