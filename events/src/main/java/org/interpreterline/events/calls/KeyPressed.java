package org.interpreterline.events.calls;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The interpreter answered the accept prompt with {@code digits} (1 accepts, 2 declines). */
public record KeyPressed(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String offerId,
        String digits,
        String callSid) implements CallFact {

    public KeyPressed {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(offerId, "offerId");
    }
}
