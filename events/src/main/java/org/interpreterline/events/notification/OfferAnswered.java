package org.interpreterline.events.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.interpreterline.events.RequestEvent;

/** The interpreter picked up and pressed a key: 1 accepts, 2 declines. */
public record OfferAnswered(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String requestId,
        String offerId,
        String interpreterId,
        Answer answer,
        String callSid) implements NotificationEvent, RequestEvent {

    public enum Answer { ACCEPTED, DECLINED }

    public OfferAnswered {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(answer, "answer");
    }
}
