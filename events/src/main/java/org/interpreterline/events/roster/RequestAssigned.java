package org.interpreterline.events.roster;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.interpreterline.events.Channel;
import org.interpreterline.events.RequestEvent;

/** An interpreter accepted; they are ON_CALL for this request. SMS and API requesters are now called back. */
public record RequestAssigned(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String requestId,
        String offerId,
        String interpreterId,
        String interpreterName,
        String language,
        Channel channel,
        String requesterPhone,
        String conferenceName) implements RosterEvent, RequestEvent {

    public RequestAssigned {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(interpreterId, "interpreterId");
    }
}
