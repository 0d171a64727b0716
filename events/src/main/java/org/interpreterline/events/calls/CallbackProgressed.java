package org.interpreterline.events.calls;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The call back to a requester progressed: {@code status} is Twilio's CallStatus, or {@link #VOICEMAIL} when a
 * machine picked it up.
 */
public record CallbackProgressed(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String requestId,
        String callSid,
        String status) implements CallFact {

    public static final String VOICEMAIL = "voicemail";

    public CallbackProgressed {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(requestId, "requestId");
    }
}
