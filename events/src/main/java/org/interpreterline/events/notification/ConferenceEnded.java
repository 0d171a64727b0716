package org.interpreterline.events.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.interpreterline.events.RequestEvent;

/** The request's conference is over; its interpreter goes to WRAP_UP. */
public record ConferenceEnded(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String requestId,
        String conferenceName,
        String conferenceSid) implements NotificationEvent, RequestEvent {

    public ConferenceEnded {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(requestId, "requestId");
    }
}
