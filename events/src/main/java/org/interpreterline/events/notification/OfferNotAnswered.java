package org.interpreterline.events.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.interpreterline.events.RequestEvent;

/** The offer call ended without a 1 or a 2; the roster moves to the next interpreter at once. */
public record OfferNotAnswered(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String requestId,
        String offerId,
        String interpreterId,
        Outcome outcome,
        String callSid) implements NotificationEvent, RequestEvent {

    /**
     * {@code SILENT}: answered but pressed nothing; {@code FAILED}: the call could not be placed;
     * {@code TWILIO_UNAVAILABLE}: it was not even tried, Twilio keeps failing (the breaker is open);
     * {@code TWILIO_FAILED}: Twilio failed the dial (5xx, 429, no answer in time) on every try. Neither is the
     * interpreter's doing.
     */
    public enum Outcome { NO_ANSWER, BUSY, FAILED, VOICEMAIL, SILENT, HUNG_UP, TWILIO_UNAVAILABLE, TWILIO_FAILED }

    public OfferNotAnswered {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(outcome, "outcome");
    }
}
