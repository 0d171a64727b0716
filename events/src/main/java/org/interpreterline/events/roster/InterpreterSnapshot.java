package org.interpreterline.events.roster;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.interpreterline.events.InterpreterStatus;

/**
 * The latest state of one interpreter on the compacted {@code roster.interpreters} topic (key =
 * interpreterId; a null value removes them). Other services use it as a global table.
 *
 * @param tier         1 is offered first
 * @param availableSince when they last became AVAILABLE (longest idle is offered first)
 * @param missedInARow offers that went unanswered since the last one answered
 * @param rosters      the agencies' rosters they take calls for ({@link Memberships}); optional in the JSON
 */
public record InterpreterSnapshot(
        String interpreterId,
        String rosterId,
        String name,
        String phone,
        List<String> languages,
        int tier,
        InterpreterStatus status,
        Instant availableSince,
        int missedInARow,
        Instant updatedAt,
        List<String> rosters) {

    public InterpreterSnapshot {
        Objects.requireNonNull(interpreterId, "interpreterId");
        languages = languages == null ? List.of() : List.copyOf(languages);
        status = status == null ? InterpreterStatus.OFFLINE : status;
        rosters = Memberships.normalized(rosterId, rosters);
    }

    /** An interpreter of the deployment's own roster only. */
    public InterpreterSnapshot(String interpreterId, String rosterId, String name, String phone, List<String> languages,
            int tier, InterpreterStatus status, Instant availableSince, int missedInARow, Instant updatedAt) {
        this(interpreterId, rosterId, name, phone, languages, tier, status, availableSince, missedInARow, updatedAt,
                null);
    }

    public boolean speaks(String language) {
        return languages.contains(language);
    }
}
