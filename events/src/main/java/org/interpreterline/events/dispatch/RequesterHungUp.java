package org.interpreterline.events.dispatch;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.interpreterline.events.RequestEvent;

/**
 * The officer of a connected voice request hung up. Their seat does not end the conference when they leave it (they may
 * step out with {@code *} to add someone), so notification-service ends it on this, and the interpreter and any added
 * resident are let go with the officer.
 *
 * @param callSid the officer's call, as Twilio reported it over
 */
public record RequesterHungUp(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String requestId,
        String callSid) implements DispatchEvent, RequestEvent {

    public RequesterHungUp {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(requestId, "requestId");
    }
}
