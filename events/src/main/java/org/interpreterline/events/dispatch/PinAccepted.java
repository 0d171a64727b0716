package org.interpreterline.events.dispatch;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A right agency PIN from a calling number: the wrong ones it entered before no longer count against it. */
public record PinAccepted(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String caller,
        String callSid,
        String agency) implements PinAttempt {

    public PinAccepted {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(caller, "caller");
    }
}
