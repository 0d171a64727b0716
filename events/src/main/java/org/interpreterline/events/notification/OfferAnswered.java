package org.interpreterline.events.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.interpreterline.events.RequestEvent;

/**
 * The interpreter picked up and pressed a key: 1 accepts, 2 declines, 3 says they cannot take this one (they know
 * the person, or another conflict of interest): not a miss, and they are never offered that request again.
 */
public record OfferAnswered(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String requestId,
        String offerId,
        String interpreterId,
        Answer answer,
        String callSid) implements NotificationEvent, RequestEvent {

    public enum Answer { ACCEPTED, DECLINED, CONFLICT }

    public OfferAnswered {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(answer, "answer");
    }
}
