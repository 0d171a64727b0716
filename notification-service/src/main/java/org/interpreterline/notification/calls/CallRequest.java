package org.interpreterline.notification.calls;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.interpreterline.events.Channel;
import org.interpreterline.events.RequestConference;

/**
 * What the line's calls and texts need to know about one request (the call desk's store value, by requestId),
 * from {@code RequestOpened} and what the roster said about it.
 *
 * @param opened         its {@code RequestOpened} was read (reference, channel and phone are dispatch's)
 * @param assignment     the interpreter the roster confirmed, null until then
 * @param calledBackFor  the offer whose acceptance the requester was last called back for (once per assignment)
 * @param callbackMissed the requester did not pick up our call back (texted once)
 * @param pendingTexts   texts waiting for the opening
 * @param spokenNote     what the officer said for the interpreters, while Twilio keeps it; null for none
 * @param host           for a relay (a second interpreter, {@code ALSO}), the request whose call it joins; else null
 * @param touchedAt      the last change, for pruning
 * @param roster         the agency's roster it is for, whose number the line calls and texts from; null when not yet
 *                       known (and in records from before several rosters): the deployment's own
 */
public record CallRequest(
        String rosterId,
        String requestId,
        String reference,
        Channel channel,
        String language,
        String agency,
        String requesterPhone,
        String requesterCallSid,
        Assignment assignment,
        boolean cancelled,
        boolean opened,
        String calledBackFor,
        boolean callbackMissed,
        List<PendingText> pendingTexts,
        SpokenNote spokenNote,
        String host,
        Instant touchedAt,
        String roster) {

    /** The interpreter who got the request. */
    public record Assignment(String offerId, String interpreterId, String interpreterName) {
    }

    /** A recording at Twilio that interpreters offered the request hear. */
    public record SpokenNote(String recordingSid, String url, int seconds) {
    }

    public CallRequest {
        pendingTexts = pendingTexts == null ? List.of() : List.copyOf(pendingTexts);
    }

    /** What one event tells about a request; {@link #completedBy} merges it into what was known. */
    public static CallRequest learned(String rosterId, String requestId, String reference, Channel channel,
            String language, String agency, String requesterPhone, String requesterCallSid, boolean opened,
            Instant now) {
        return new CallRequest(rosterId, requestId, reference, channel, language, agency, requesterPhone,
                requesterCallSid, null, false, opened, null, false, List.of(), null, null, now, null);
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
        return RequestConference.nameOf(requestId);
    }

    /** SMS and API requesters are not on the line: they are texted and called back. */
    public boolean calledBack() {
        return channel == Channel.SMS || channel == Channel.API;
    }

    public boolean assignedTo(String offerId) {
        return assignment != null && offerId.equals(assignment.offerId());
    }

    public CallRequest withAssignment(Assignment value) {
        return new CallRequest(rosterId, requestId, reference, channel, language, agency, requesterPhone,
                requesterCallSid, value, cancelled, opened, calledBackFor, callbackMissed,
                pendingTexts, spokenNote, host, touchedAt, roster);
    }

    public CallRequest cancel() {
        return new CallRequest(rosterId, requestId, reference, channel, language, agency, requesterPhone,
                requesterCallSid, assignment, true, opened, calledBackFor, callbackMissed,
                pendingTexts, spokenNote, host, touchedAt, roster);
    }

    public CallRequest calledBackFor(String offerId) {
        return new CallRequest(rosterId, requestId, reference, channel, language, agency, requesterPhone,
                requesterCallSid, assignment, cancelled, opened, offerId, callbackMissed,
                pendingTexts, spokenNote, host, touchedAt, roster);
    }

    public CallRequest missCallback() {
        return new CallRequest(rosterId, requestId, reference, channel, language, agency, requesterPhone,
                requesterCallSid, assignment, cancelled, opened, calledBackFor, true,
                pendingTexts, spokenNote, host, touchedAt, roster);
    }

    /** With the officer's spoken note; null once Twilio no longer keeps it. */
    public CallRequest withSpokenNote(SpokenNote note) {
        return new CallRequest(rosterId, requestId, reference, channel, language, agency, requesterPhone,
                requesterCallSid, assignment, cancelled, opened, calledBackFor, callbackMissed,
                pendingTexts, note, host, touchedAt, roster);
    }

    /** As the relay of {@code hostRequestId}'s call, or of none (null). */
    public CallRequest withHost(String hostRequestId) {
        return new CallRequest(rosterId, requestId, reference, channel, language, agency, requesterPhone,
                requesterCallSid, assignment, cancelled, opened, calledBackFor, callbackMissed,
                pendingTexts, spokenNote, hostRequestId, touchedAt, roster);
    }

    /** Of the agency's roster {@code value} (the number the officer called or texted). */
    public CallRequest withRoster(String value) {
        return new CallRequest(rosterId, requestId, reference, channel, language, agency, requesterPhone,
                requesterCallSid, assignment, cancelled, opened, calledBackFor, callbackMissed,
                pendingTexts, spokenNote, host, touchedAt, value);
    }

    public CallRequest withPending(PendingText text) {
        List<PendingText> more = new ArrayList<>(pendingTexts);
        more.add(text);
        return withPendingTexts(more);
    }

    public CallRequest withPendingTexts(List<PendingText> texts) {
        return new CallRequest(rosterId, requestId, reference, channel, language, agency, requesterPhone,
                requesterCallSid, assignment, cancelled, opened, calledBackFor, callbackMissed,
                texts, spokenNote, host, touchedAt, roster);
    }

    /** Fills what this record lacks from another account of the same request; the opening's words win. */
    public CallRequest completedBy(CallRequest other) {
        CallRequest first = other.opened && !opened ? other : this;
        CallRequest second = first == this ? other : this;
        return new CallRequest(
                first.rosterId != null ? first.rosterId : second.rosterId,
                requestId,
                first.reference != null ? first.reference : second.reference,
                first.channel != null ? first.channel : second.channel,
                first.language != null ? first.language : second.language,
                first.agency != null ? first.agency : second.agency,
                first.requesterPhone != null ? first.requesterPhone : second.requesterPhone,
                first.requesterCallSid != null ? first.requesterCallSid : second.requesterCallSid,
                assignment != null ? assignment : other.assignment,
                cancelled || other.cancelled,
                opened || other.opened,
                calledBackFor != null ? calledBackFor : other.calledBackFor,
                callbackMissed || other.callbackMissed,
                pendingTexts.isEmpty() ? other.pendingTexts : pendingTexts,
                spokenNote != null ? spokenNote : other.spokenNote,
                host != null ? host : other.host,
                touchedAt,
                first.roster != null ? first.roster : second.roster);
    }

    CallRequest touched(Instant now) {
        return new CallRequest(rosterId, requestId, reference, channel, language, agency, requesterPhone,
                requesterCallSid, assignment, cancelled, opened, calledBackFor, callbackMissed,
                pendingTexts, spokenNote, host, now, roster);
    }
}
