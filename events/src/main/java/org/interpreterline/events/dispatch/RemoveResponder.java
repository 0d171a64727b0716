package org.interpreterline.events.dispatch;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Takes a responder out of the directory: their phone reaches the PIN question again. */
public record RemoveResponder(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String responderId) implements ResponderCommand {

    public RemoveResponder {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(responderId, "responderId");
    }
}
