package org.interpreterline.events.roster;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.interpreterline.events.RequestEvent;

/** Nobody who speaks the language is free; the request waits in line at {@code position} (1 = next). */
public record RequestQueued(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String requestId,
        String language,
        int position) implements RosterEvent, RequestEvent {

    public RequestQueued {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(requestId, "requestId");
    }
}
