package org.interpreterline.events.calls;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The interpreter heard the accept prompt to the last repeat and pressed nothing. */
public record PromptUnanswered(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String offerId,
        String callSid) implements CallFact {

    public PromptUnanswered {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(offerId, "offerId");
    }
}
