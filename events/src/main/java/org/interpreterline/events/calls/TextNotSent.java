package org.interpreterline.events.calls;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.interpreterline.events.notification.MessagePurpose;

/** Twilio refused a text the line tried to send (or could not be reached). */
public record TextNotSent(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String requestId,
        String to,
        MessagePurpose purpose,
        String error) implements CallFact {

    public TextNotSent {
        Objects.requireNonNull(eventId, "eventId");
    }
}
