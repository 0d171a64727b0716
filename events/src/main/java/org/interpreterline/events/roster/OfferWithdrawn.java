package org.interpreterline.events.roster;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.interpreterline.events.RequestEvent;

/** The offer no longer stands; a ringing interpreter leg must be hung up, a late "1" must not bridge. */
public record OfferWithdrawn(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String requestId,
        String offerId,
        String interpreterId,
        Reason reason) implements RosterEvent, RequestEvent {

    /** {@code INTERPRETER_UNAVAILABLE}: they went OFF or on BREAK while it rang, or left the roster. */
    public enum Reason { EXPIRED, REQUEST_CANCELLED, FILLED_BY_ANOTHER, REQUEST_ESCALATED, INTERPRETER_UNAVAILABLE }

    public OfferWithdrawn {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(offerId, "offerId");
    }
}
