package org.interpreterline.events.calls;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Twilio refused the line's call (or could not be reached); {@code error} says why. {@code twilioUnavailable}: Twilio
 * was not asked at all, because it kept failing (the circuit breaker is open). {@code twilioFailed}: it was asked and
 * failed for a passing reason (5xx, 429, a timeout) on every try, which says nothing about the number called. An
 * event written before that field existed reads as {@code false}.
 */
public record CallNotPlaced(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        CallPurpose purpose,
        String requestId,
        String offerId,
        String error,
        boolean twilioUnavailable,
        boolean twilioFailed) implements CallFact {

    public CallNotPlaced {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(purpose, "purpose");
    }
}
