package org.interpreterline.events.calls;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A request's conference reported a join, a leave, its start or its end ({@code event} is Twilio's
 * StatusCallbackEvent); {@code label} is the participant label the line gave the leg, if any.
 *
 * @param participantCallStatus with a leave, Twilio's ParticipantCallStatus: {@code completed} when the participant hung
 *                              up, {@code in-progress} when only their conference leg ended (an officer's {@code *});
 *                              null otherwise, and from reports written before it was kept
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
        String label,
        String participantCallStatus) implements CallFact {

    public ConferenceReported {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(requestId, "requestId");
    }
}
