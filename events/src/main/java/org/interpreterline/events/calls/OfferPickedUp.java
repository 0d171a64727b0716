package org.interpreterline.events.calls;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The offer call was picked up; {@code byMachine} when Twilio heard a voicemail or a fax, not a person. */
public record OfferPickedUp(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String offerId,
        String callSid,
        boolean byMachine) implements CallFact {

    public OfferPickedUp {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(offerId, "offerId");
    }
}
