package org.interpreterline.events.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.interpreterline.events.RequestEvent;

/** A leg left the request's conference. */
public record ParticipantLeft(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String requestId,
        String conferenceName,
        String conferenceSid,
        String callSid,
        Party party) implements NotificationEvent, RequestEvent {

    public ParticipantLeft {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(requestId, "requestId");
    }
}
