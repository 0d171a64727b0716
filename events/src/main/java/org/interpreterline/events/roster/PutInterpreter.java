package org.interpreterline.events.roster;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Adds an interpreter or replaces their profile (name, phone, languages, tier); presence is kept. */
public record PutInterpreter(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String interpreterId,
        String name,
        String phone,
        List<String> languages,
        int tier,
        List<String> rosters) implements RosterCommand {

    public PutInterpreter {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(interpreterId, "interpreterId");
        languages = languages == null ? List.of() : List.copyOf(languages);
        rosters = Memberships.normalized(rosterId, rosters);
    }

    /** An interpreter of the deployment's own roster only (older commands too). */
    public PutInterpreter(UUID eventId, Instant occurredAt, String rosterId, String interpreterId, String name,
            String phone, List<String> languages, int tier) {
        this(eventId, occurredAt, rosterId, interpreterId, name, phone, languages, tier, null);
    }
}
