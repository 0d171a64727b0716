package org.interpreterline.events.dispatch;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A wrong agency PIN from a calling number (see {@link PinAttempt#caller()}). */
public record PinRejected(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String caller,
        String callSid) implements PinAttempt {

    public PinRejected {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(caller, "caller");
    }
}
