package org.interpreterline.events.dispatch;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.interpreterline.events.LineEvent;

/**
 * A requester texted CANCEL while the request record did not show their request yet (it is written from Kafka, and
 * after a broker's loss it can be seconds behind). dispatch-service's record answers it with a
 * {@link RequestCancelled} for the request this phone opened before the text, whichever of the two it reads first;
 * everyone else ignores it.
 *
 * @param requesterPhone the requester's number (E.164), as their requests carry it
 * @param messageSid     the CANCEL text's Twilio id: the cancellation's id is derived from it, so the request is
 *                       cancelled once however often the text or this event is handled
 */
public record CancelTexted(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String requesterPhone,
        String messageSid) implements DispatchEvent, LineEvent {

    public CancelTexted {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(requesterPhone, "requesterPhone");
        Objects.requireNonNull(messageSid, "messageSid");
    }
}
