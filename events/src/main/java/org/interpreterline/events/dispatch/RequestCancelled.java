package org.interpreterline.events.dispatch;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.interpreterline.events.RequestEvent;

/** The requester or a supervisor no longer needs the interpreter; outstanding offers must be withdrawn. */
public record RequestCancelled(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String requestId,
        Reason reason) implements DispatchEvent, RequestEvent {

    public enum Reason { REQUESTER_HUNG_UP, REQUESTER_TEXTED_CANCEL, SUPERVISOR }

    public RequestCancelled {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(requestId, "requestId");
    }
}
