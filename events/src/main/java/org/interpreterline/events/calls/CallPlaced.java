package org.interpreterline.events.calls;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Twilio took the line's call: {@code callSid} names it. {@code offerId} is set for an offer call;
 * {@code adopted} when the call was found already ringing (placed before a takeover) instead of dialled.
 */
public record CallPlaced(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        CallPurpose purpose,
        String requestId,
        String offerId,
        String callSid,
        boolean adopted) implements CallFact {

    public CallPlaced {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(purpose, "purpose");
    }
}
