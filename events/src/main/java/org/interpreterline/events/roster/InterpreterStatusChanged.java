package org.interpreterline.events.roster;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.events.LineEvent;

/** An interpreter's presence changed; {@code reason} says why in words a supervisor reads. */
public record InterpreterStatusChanged(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String interpreterId,
        String interpreterPhone,
        InterpreterStatus previous,
        InterpreterStatus current,
        String reason) implements RosterEvent, LineEvent {

    public InterpreterStatusChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(interpreterId, "interpreterId");
        Objects.requireNonNull(current, "current");
    }
}
