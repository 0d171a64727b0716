package org.interpreterline.events.roster;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.interpreterline.events.Channel;
import org.interpreterline.events.RequestEvent;

/**
 * How the first offer of a request to the officer's interpreter from last time ended: they accepted (they are
 * coming), or the request now goes to anyone who speaks the language. Published once per such request, so the
 * officer is told which happened.
 *
 * @param interpreterId the interpreter from last time
 */
public record SameInterpreterOutcome(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String requestId,
        String interpreterId,
        String interpreterName,
        String language,
        Channel channel,
        String requesterPhone,
        Outcome outcome) implements RosterEvent, RequestEvent {

    public enum Outcome {
        /** They accepted: they are the one bridged or calling back. */
        ACCEPTED,
        /** They pressed 2. */
        DECLINED,
        /** They pressed 3: they know the person. */
        CONFLICT,
        /** Their phone rang out, was busy, or the offer ran out. */
        NOT_ANSWERED,
        /** They were not free within the wait ({@code LINE_SAME_INTERPRETER_WAIT}), or are no longer on the roster. */
        NOT_AVAILABLE;

        public boolean accepted() {
            return this == ACCEPTED;
        }
    }

    public SameInterpreterOutcome {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(interpreterId, "interpreterId");
        Objects.requireNonNull(outcome, "outcome");
    }
}
