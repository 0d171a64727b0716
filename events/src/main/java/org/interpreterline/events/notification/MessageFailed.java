package org.interpreterline.events.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A text could not be sent; {@code error} is Twilio's code and message. */
public record MessageFailed(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String requestId,
        String to,
        MessagePurpose purpose,
        String error) implements NotificationEvent {

    public MessageFailed {
        Objects.requireNonNull(eventId, "eventId");
    }
}
