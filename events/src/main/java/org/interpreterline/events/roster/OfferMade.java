package org.interpreterline.events.roster;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.interpreterline.events.CallFlag;
import org.interpreterline.events.Channel;
import org.interpreterline.events.Priority;
import org.interpreterline.events.RequestEvent;

/**
 * One interpreter is offered one request until {@code deadline}. Carries what the interpreter prompt and
 * the bridge need, so notification-service looks nothing up.
 *
 * @param attempt 1 for the first interpreter tried for this request, 2 for the next, ...
 * @param flags   the request's {@link CallFlag}s, for the prompt's warning; optional in the JSON (older events)
 * @param roster  the request's roster ({@link org.interpreterline.events.dispatch.RequestOpened#roster}), whose number
 *                the interpreter is called from; optional in the JSON (older events mean {@code rosterId})
 */
public record OfferMade(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String requestId,
        String offerId,
        String interpreterId,
        String interpreterName,
        String interpreterPhone,
        String language,
        String agency,
        Priority priority,
        String note,
        Channel channel,
        String requesterPhone,
        String requesterCallSid,
        String conferenceName,
        Instant deadline,
        int attempt,
        List<CallFlag> flags,
        String roster) implements RosterEvent, RequestEvent {

    public OfferMade {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(interpreterId, "interpreterId");
        flags = CallFlag.normalized(flags);
        roster = roster == null || roster.isBlank() ? rosterId : roster;
    }

    /** An offer of a request of the deployment's own roster. */
    public OfferMade(UUID eventId, Instant occurredAt, String rosterId, String requestId, String offerId,
            String interpreterId, String interpreterName, String interpreterPhone, String language, String agency,
            Priority priority, String note, Channel channel, String requesterPhone, String requesterCallSid,
            String conferenceName, Instant deadline, int attempt, List<CallFlag> flags) {
        this(eventId, occurredAt, rosterId, requestId, offerId, interpreterId, interpreterName, interpreterPhone,
                language, agency, priority, note, channel, requesterPhone, requesterCallSid, conferenceName, deadline,
                attempt, flags, null);
    }

    /** The same offer, warning of {@code more} as well (flags the officer added after it was made). */
    public OfferMade withFlags(List<CallFlag> more) {
        return new OfferMade(eventId, occurredAt, rosterId, requestId, offerId, interpreterId, interpreterName,
                interpreterPhone, language, agency, priority, note, channel, requesterPhone, requesterCallSid,
                conferenceName, deadline, attempt, CallFlag.union(flags, more), roster);
    }

    /** An offer of a request without flags. */
    public OfferMade(UUID eventId, Instant occurredAt, String rosterId, String requestId, String offerId,
            String interpreterId, String interpreterName, String interpreterPhone, String language, String agency,
            Priority priority, String note, Channel channel, String requesterPhone, String requesterCallSid,
            String conferenceName, Instant deadline, int attempt) {
        this(eventId, occurredAt, rosterId, requestId, offerId, interpreterId, interpreterName, interpreterPhone,
                language, agency, priority, note, channel, requesterPhone, requesterCallSid, conferenceName, deadline,
                attempt, List.of());
    }
}
