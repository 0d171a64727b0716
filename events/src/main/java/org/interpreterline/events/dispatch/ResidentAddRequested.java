package org.interpreterline.events.dispatch;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.interpreterline.events.RequestEvent;

/**
 * The officer of a connected request asked the line to call someone into the call (a resident on another phone, a
 * relative): {@code ADD <number>}. The number never travels in clear: it is sealed (AES-GCM) with a key of its own,
 * kept on {@code dispatch.resident-keys} under {@code keyId} and destroyed when the request ends.
 *
 * @param keyId        the key on {@code dispatch.resident-keys} that opens {@code sealedNumber} ({@link ResidentKey#idOf})
 * @param sealedNumber the number in E.164, sealed; unreadable once its key is gone
 * @param maskedNumber the last four digits only ({@code ***0199}), for the timeline and the texts
 */
public record ResidentAddRequested(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String requestId,
        String keyId,
        String sealedNumber,
        String maskedNumber) implements DispatchEvent, RequestEvent {

    public ResidentAddRequested {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(requestId, "requestId");
    }
}
