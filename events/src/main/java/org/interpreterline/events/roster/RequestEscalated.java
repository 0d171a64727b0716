package org.interpreterline.events.roster;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.interpreterline.events.Channel;
import org.interpreterline.events.RequestEvent;

/**
 * The roster cannot serve the request: the requester is sent to the fallback provider. When no fallback
 * is configured {@code fallbackNumber} is null and the request stays queued.
 */
public record RequestEscalated(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String requestId,
        String language,
        Channel channel,
        Reason reason,
        String fallbackNumber,
        String requesterPhone,
        String requesterCallSid) implements RosterEvent, RequestEvent {

    /** {@code TWILIO_UNAVAILABLE}: the line cannot ring anyone (Twilio keeps failing, the breaker is open). */
    public enum Reason { NO_INTERPRETER_FOR_LANGUAGE, ALL_DECLINED, WAITED_TOO_LONG, TWILIO_UNAVAILABLE }

    public RequestEscalated {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(requestId, "requestId");
    }
}
