package org.interpreterline.events.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The line texted someone. {@code requestId} is null for texts not about a request. */
public record MessageSent(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String requestId,
        String messageSid,
        String to,
        MessagePurpose purpose) implements NotificationEvent {

    public MessageSent {
        Objects.requireNonNull(eventId, "eventId");
    }
}
