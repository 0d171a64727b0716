package org.interpreterline.events.roster;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The allocator's answer to a canary: whom its matching would have offered a request in {@code language} now,
 * without offering it to anyone.
 *
 * @param couldBeOffered interpreters the matching found (AVAILABLE, speaking the language, holding no offer)
 * @param speakers       interpreters of the roster who speak the language, whatever their presence
 * @param firstChoice    the interpreter id the request would have gone to first; null when nobody
 */
public record CanaryChecked(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String canaryId,
        String language,
        int couldBeOffered,
        int speakers,
        String firstChoice) implements RosterEvent {

    public CanaryChecked {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(canaryId, "canaryId");
    }
}
