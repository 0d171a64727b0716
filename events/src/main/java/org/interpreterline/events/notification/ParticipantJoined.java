package org.interpreterline.events.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.interpreterline.events.RequestEvent;

/** A leg entered the request's conference; the interpreter joining is the moment the request is connected. */
public record ParticipantJoined(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String requestId,
        String conferenceName,
        String conferenceSid,
        String callSid,
        Party party) implements NotificationEvent, RequestEvent {

    public ParticipantJoined {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(requestId, "requestId");
    }
}
