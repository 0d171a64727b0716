package org.interpreterline.events.calls;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Twilio refused the line's call (or could not be reached); {@code error} says why. {@code twilioUnavailable}: Twilio
 * was not asked at all, because it kept failing (the circuit breaker is open).
 */
public record CallNotPlaced(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        CallPurpose purpose,
        String requestId,
        String offerId,
        String error,
        boolean twilioUnavailable) implements CallFact {

    public CallNotPlaced {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(purpose, "purpose");
    }
}
