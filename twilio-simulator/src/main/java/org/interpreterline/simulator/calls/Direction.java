package org.interpreterline.simulator.calls;

import com.fasterxml.jackson.annotation.JsonValue;

/** Twilio's call directions: to the line, placed through the REST API, or placed by a {@code <Dial>}. */
public enum Direction {
    INBOUND("inbound"),
    OUTBOUND_API("outbound-api"),
    OUTBOUND_DIAL("outbound-dial");

    private final String value;

    Direction(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }
}
