package org.interpreterline.events.calls;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A request's conference reported a join, a leave, its start or its end ({@code event} is Twilio's
 * StatusCallbackEvent); {@code label} is the participant label the line gave the leg, if any.
 */
public record ConferenceReported(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String requestId,
        String event,
        String conferenceSid,
        String conferenceName,
        String callSid,
        String label) implements CallFact {

    public ConferenceReported {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(requestId, "requestId");
    }
}
