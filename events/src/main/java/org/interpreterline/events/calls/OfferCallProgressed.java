package org.interpreterline.events.calls;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Twilio's status callback of an offer call: {@code status} is its CallStatus (ringing, busy, completed, ...). */
public record OfferCallProgressed(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String offerId,
        String callSid,
        String status) implements CallFact {

    public OfferCallProgressed {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(offerId, "offerId");
    }
}
