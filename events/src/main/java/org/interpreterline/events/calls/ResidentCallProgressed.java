package org.interpreterline.events.calls;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The line's call to an added resident progressed: {@code status} is Twilio's CallStatus ({@code ringing},
 * {@code in-progress}, {@code busy}, {@code no-answer}, {@code failed}, {@code completed}).
 *
 * @param addId the {@code ResidentAddRequested} the call is for
 */
public record ResidentCallProgressed(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String requestId,
        String addId,
        String callSid,
        String status) implements CallFact {

    public ResidentCallProgressed {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(requestId, "requestId");
    }
}
