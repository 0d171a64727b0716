package org.interpreterline.simulator.conferences;

import com.fasterxml.jackson.annotation.JsonValue;

/** Twilio's conference statuses: created and waiting for a moderator, mixing audio, over. */
public enum ConferenceStatus {
    INIT("init"),
    IN_PROGRESS("in-progress"),
    COMPLETED("completed");

    private final String value;

    ConferenceStatus(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }
}
