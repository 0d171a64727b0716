package org.interpreterline.events.roster;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.interpreterline.events.InterpreterStatus;

/** An administrator sets presence (AVAILABLE, OFFLINE or BREAK) on an interpreter's behalf. */
public record SetPresence(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String interpreterId,
        InterpreterStatus status) implements RosterCommand {

    public SetPresence {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(interpreterId, "interpreterId");
        Objects.requireNonNull(status, "status");
    }
}
