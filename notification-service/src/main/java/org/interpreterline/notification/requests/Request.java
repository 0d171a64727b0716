package org.interpreterline.notification.requests;

import java.time.Instant;
import java.util.Locale;
import org.interpreterline.events.Channel;
import org.interpreterline.events.Rosters;

/**
 * What the line's calls and texts need to know about one request, from {@code RequestOpened} (or, when that
 * is older than the rebuild window, from the offers made for it).
 *
 * @param assignment the interpreter the roster confirmed, null until then
 */
public record Request(
        String rosterId,
        String requestId,
        String reference,
        Channel channel,
        String language,
        String agency,
        String requesterPhone,
        String requesterCallSid,
        String conferenceName,
        Assignment assignment,
        boolean cancelled,
        Instant seenAt) {

    /** The interpreter who got the request. */
    public record Assignment(String offerId, String interpreterId, String interpreterName) {
    }

    /** The code read and texted to the requester; a short form of the id when the opening is not known. */
    public String spokenReference() {
        if (reference != null && !reference.isBlank()) {
            return reference;
        }
        String compact = requestId.replace("-", "");
        return compact.substring(0, Math.min(6, compact.length())).toUpperCase(Locale.ROOT);
    }

    public String conference() {
        return conferenceName != null ? conferenceName : Rosters.conferenceName(requestId);
    }

    /** SMS and API requesters are not on the line: they are texted and called back. */
    public boolean calledBack() {
        return channel == Channel.SMS || channel == Channel.API;
    }

    public boolean assignedTo(String offerId) {
        return assignment != null && offerId.equals(assignment.offerId());
    }

    Request withAssignment(Assignment value) {
        return new Request(rosterId, requestId, reference, channel, language, agency, requesterPhone,
                requesterCallSid, conferenceName, value, cancelled, seenAt);
    }

    Request cancel() {
        return new Request(rosterId, requestId, reference, channel, language, agency, requesterPhone,
                requesterCallSid, conferenceName, assignment, true, seenAt);
    }

    /** Fills what this record lacks from another account of the same request. */
    Request completedBy(Request other) {
        return new Request(
                rosterId != null ? rosterId : other.rosterId,
                requestId,
                reference != null ? reference : other.reference,
                channel != null ? channel : other.channel,
                language != null ? language : other.language,
                agency != null ? agency : other.agency,
                requesterPhone != null ? requesterPhone : other.requesterPhone,
                requesterCallSid != null ? requesterCallSid : other.requesterCallSid,
                conferenceName != null ? conferenceName : other.conferenceName,
                assignment != null ? assignment : other.assignment,
                cancelled || other.cancelled,
                seenAt.isBefore(other.seenAt) ? seenAt : other.seenAt);
    }
}
