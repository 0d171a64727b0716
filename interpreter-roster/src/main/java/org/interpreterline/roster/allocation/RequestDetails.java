package org.interpreterline.roster.allocation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.interpreterline.events.CallFlag;
import org.interpreterline.events.Channel;
import org.interpreterline.events.Priority;
import org.interpreterline.events.dispatch.RequestOpened;

/**
 * What a request is about, copied from {@link RequestOpened} once: every offer and escalation repeats it
 * so that notification-service looks nothing up.
 *
 * @param openedAt   when the allocator first saw the request (escalation timers run from here)
 * @param occurredAt when dispatch-service opened it (breaks ties in the waiting line)
 * @param preferredInterpreterId the officer's interpreter from last time, offered it first; null: anyone
 * @param flags      what the officer said may make it hard on the interpreter; empty for none (older records too)
 * @param roster     the agency's roster it is for: only interpreters who belong to it are offered it (older records:
 *                   {@code rosterId}, the deployment's own)
 */
public record RequestDetails(
        String requestId,
        String rosterId,
        String reference,
        String language,
        Channel channel,
        Priority priority,
        String agency,
        String requesterPhone,
        String requesterCallSid,
        String note,
        String conferenceName,
        Instant openedAt,
        Instant occurredAt,
        String preferredInterpreterId,
        List<CallFlag> flags,
        String roster) {

    public RequestDetails {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(language, "language");
        priority = priority == null ? Priority.URGENT : priority;
        flags = CallFlag.normalized(flags);
        roster = roster == null || roster.isBlank() ? rosterId : roster;
    }

    /** A request of the deployment's own roster. */
    public RequestDetails(String requestId, String rosterId, String reference, String language, Channel channel,
            Priority priority, String agency, String requesterPhone, String requesterCallSid, String note,
            String conferenceName, Instant openedAt, Instant occurredAt, String preferredInterpreterId,
            List<CallFlag> flags) {
        this(requestId, rosterId, reference, language, channel, priority, agency, requesterPhone, requesterCallSid,
                note, conferenceName, openedAt, occurredAt, preferredInterpreterId, flags, null);
    }

    /** A request without flags. */
    public RequestDetails(String requestId, String rosterId, String reference, String language, Channel channel,
            Priority priority, String agency, String requesterPhone, String requesterCallSid, String note,
            String conferenceName, Instant openedAt, Instant occurredAt, String preferredInterpreterId) {
        this(requestId, rosterId, reference, language, channel, priority, agency, requesterPhone, requesterCallSid,
                note, conferenceName, openedAt, occurredAt, preferredInterpreterId, List.of());
    }

    /** With the flags the officer added after it opened; those it had stay. */
    RequestDetails withFlags(List<CallFlag> more) {
        return new RequestDetails(requestId, rosterId, reference, language, channel, priority, agency, requesterPhone,
                requesterCallSid, note, conferenceName, openedAt, occurredAt, preferredInterpreterId,
                CallFlag.union(flags, more), roster);
    }

    /** A second interpreter for a call in progress, who joins that call's conference ({@code ALSO}). */
    public boolean relay() {
        return org.interpreterline.events.RequestConference.relayOf(requestId, conferenceName).isPresent();
    }

    /**
     * Whether escalating it sends the requester to the fallback provider: not for a relay (the officer is on a call
     * with an interpreter already) nor for a language pair, whose relay may be on the call (the officer chose it).
     */
    public boolean transferable() {
        return !relay() && !org.interpreterline.events.language.LanguagePair.isPair(language);
    }

    public boolean flagged() {
        return !flags.isEmpty();
    }

    static RequestDetails of(RequestOpened opened, String rosterId, Instant now) {
        return new RequestDetails(opened.requestId(), rosterId, opened.reference(), opened.language(),
                opened.channel(), opened.priority(), opened.agency(), opened.requesterPhone(),
                opened.requesterCallSid(), opened.note(), opened.conferenceName(), now, opened.occurredAt(),
                opened.preferredInterpreterId(), opened.flags(), opened.roster());
    }
}
