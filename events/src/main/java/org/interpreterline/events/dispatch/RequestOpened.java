package org.interpreterline.events.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.interpreterline.events.CallFlag;
import org.interpreterline.events.Channel;
import org.interpreterline.events.Priority;
import org.interpreterline.events.RequestEvent;

/**
 * A responder needs an interpreter. Carries everything the roster and the interpreter prompt need, so no
 * consumer has to look anything up.
 *
 * @param reference        short code read to the requester and used in texts (e.g. {@code K7Q2})
 * @param language         BCP-47 tag from the language catalog
 * @param requesterCallSid the requester's own call for voice requests (to transfer or hang it up), else null
 * @param conferenceName   where the requester waits and the interpreter is bridged; another request's conference for a
 *                         relay, a second interpreter joining that call ({@link
 *                         org.interpreterline.events.RequestConference#relayOf})
 * @param preferredInterpreterId the interpreter of the officer's earlier connected request, offered first
 *                         ({@code AGAIN}, voice menu 9); null for anyone. Optional in the JSON: older events lack it
 * @param flags            what the officer said may make the call hard on the interpreter (DV, a child, a death);
 *                         empty for none. Optional in the JSON: older events lack it
 * @param roster           the agency's roster the request is for: the one whose Twilio number the officer called or
 *                         texted. Its interpreters are offered it, and the line calls and texts from its number.
 *                         Optional in the JSON: older events, and a deployment of one roster, mean {@code rosterId}
 */
public record RequestOpened(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String requestId,
        String reference,
        String language,
        Channel channel,
        Priority priority,
        String agency,
        String requesterName,
        String requesterPhone,
        String requesterCallSid,
        String note,
        String conferenceName,
        String preferredInterpreterId,
        List<CallFlag> flags,
        String roster) implements DispatchEvent, RequestEvent {

    public RequestOpened {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(channel, "channel");
        priority = priority == null ? Priority.URGENT : priority;
        flags = CallFlag.normalized(flags);
        roster = roster == null || roster.isBlank() ? rosterId : roster;
    }

    /** A request of the deployment's own roster. */
    public RequestOpened(UUID eventId, Instant occurredAt, String rosterId, String requestId, String reference,
            String language, Channel channel, Priority priority, String agency, String requesterName,
            String requesterPhone, String requesterCallSid, String note, String conferenceName,
            String preferredInterpreterId, List<CallFlag> flags) {
        this(eventId, occurredAt, rosterId, requestId, reference, language, channel, priority, agency, requesterName,
                requesterPhone, requesterCallSid, note, conferenceName, preferredInterpreterId, flags, null);
    }

    /** A request that may be asked of the officer's interpreter from last time, without flags. */
    public RequestOpened(UUID eventId, Instant occurredAt, String rosterId, String requestId, String reference,
            String language, Channel channel, Priority priority, String agency, String requesterName,
            String requesterPhone, String requesterCallSid, String note, String conferenceName,
            String preferredInterpreterId) {
        this(eventId, occurredAt, rosterId, requestId, reference, language, channel, priority, agency, requesterName,
                requesterPhone, requesterCallSid, note, conferenceName, preferredInterpreterId, List.of());
    }

    public boolean flagged() {
        return !flags.isEmpty();
    }

    /** A request for anyone who speaks the language. */
    public RequestOpened(UUID eventId, Instant occurredAt, String rosterId, String requestId, String reference,
            String language, Channel channel, Priority priority, String agency, String requesterName,
            String requesterPhone, String requesterCallSid, String note, String conferenceName) {
        this(eventId, occurredAt, rosterId, requestId, reference, language, channel, priority, agency, requesterName,
                requesterPhone, requesterCallSid, note, conferenceName, null, List.of());
    }
}
