package org.interpreterline.events.calls;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.interpreterline.events.notification.MessagePurpose;

/** Twilio took a text the line sent; {@code requestId} is null for texts not about a request. */
public record TextSent(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String requestId,
        String to,
        MessagePurpose purpose,
        String messageSid) implements CallFact {

    public TextSent {
        Objects.requireNonNull(eventId, "eventId");
    }
}
