package org.interpreterline.events.dispatch;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.interpreterline.events.LineEvent;

/** An interpreter texted ON, OFF or BREAK to the line; the roster decides what that means now. */
public record PresenceRequested(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String interpreterId,
        Presence requested) implements DispatchEvent, LineEvent {

    public enum Presence { ON, OFF, BREAK }

    public PresenceRequested {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(interpreterId, "interpreterId");
        Objects.requireNonNull(requested, "requested");
    }
}
