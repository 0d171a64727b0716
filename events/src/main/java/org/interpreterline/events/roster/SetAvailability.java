package org.interpreterline.events.roster;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An interpreter's usual hours on the line, as declared (replacing the ones declared before; an empty list takes
 * them back). The coverage forecast counts them for hours whose presence history is still thin.
 */
public record SetAvailability(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String interpreterId,
        List<UsualHours> hours) implements RosterCommand {

    public SetAvailability {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(interpreterId, "interpreterId");
        hours = hours == null ? List.of() : List.copyOf(hours);
    }
}
