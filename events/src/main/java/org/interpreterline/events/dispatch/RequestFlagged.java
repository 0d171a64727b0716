package org.interpreterline.events.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.interpreterline.events.CallFlag;
import org.interpreterline.events.RequestEvent;

/**
 * The officer flagged their request after it opened (by voice: {@code *} while holding, then a key): the call may be
 * hard on the interpreter. The roster adds the flags to the request (later offers carry them, and they count toward
 * the interpreter's exposure); notification-service warns an interpreter whose phone is already ringing.
 *
 * @param flags what the officer added; those the request had stay
 */
public record RequestFlagged(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String requestId,
        List<CallFlag> flags) implements DispatchEvent, RequestEvent {

    public RequestFlagged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(requestId, "requestId");
        flags = CallFlag.normalized(flags);
    }
}
