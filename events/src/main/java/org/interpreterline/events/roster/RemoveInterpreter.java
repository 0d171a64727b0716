package org.interpreterline.events.roster;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Takes an interpreter off the roster; an offer they hold is withdrawn. */
public record RemoveInterpreter(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String interpreterId) implements RosterCommand {

    public RemoveInterpreter {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(interpreterId, "interpreterId");
    }
}
