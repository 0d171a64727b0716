package org.interpreterline.dispatch.requests;

import java.util.List;
import org.interpreterline.events.CallFlag;
import org.interpreterline.events.Channel;
import org.interpreterline.events.Priority;
import org.interpreterline.events.language.Language;

/**
 * A request about to be opened, from a call, a text or the API.
 *
 * @param requesterCallSid the requester's call for voice requests, else null
 * @param preferredInterpreterId the interpreter of the officer's earlier connected request, offered it first
 *                         ({@code AGAIN}, voice menu 9); null for anyone
 * @param flags            what the officer flagged as possibly traumatic for the interpreter; empty for none
 * @param joins            the request whose call a second interpreter joins ({@code ALSO}, a relay); null for a call
 *                         of its own
 * @param into             the language {@code language} is interpreted into, when not English ("K'iche' via
 *                         Spanish": a {@link org.interpreterline.events.language.LanguagePair}); null for English
 * @param roster           the agency's roster the request is for: the one whose number the officer called or texted,
 *                         the host request's for a relay; one the deployment does not serve means its own
 *                         ({@link org.interpreterline.platform.rosters.LineRosters#rosterOf})
 */
public record NewRequest(
        String requestId,
        Language language,
        Channel channel,
        Priority priority,
        String agency,
        String requesterName,
        String requesterPhone,
        String requesterCallSid,
        String note,
        String preferredInterpreterId,
        List<CallFlag> flags,
        String joins,
        Language into,
        String roster) {

    public NewRequest {
        flags = CallFlag.normalized(flags);
    }

    public NewRequest(String requestId, Language language, Channel channel, Priority priority, String agency,
            String requesterName, String requesterPhone, String requesterCallSid, String note,
            String preferredInterpreterId, String roster) {
        this(requestId, language, channel, priority, agency, requesterName, requesterPhone, requesterCallSid, note,
                preferredInterpreterId, List.of(), null, null, roster);
    }

    public NewRequest(String requestId, Language language, Channel channel, Priority priority, String agency,
            String requesterName, String requesterPhone, String requesterCallSid, String note,
            String preferredInterpreterId, List<CallFlag> flags, String roster) {
        this(requestId, language, channel, priority, agency, requesterName, requesterPhone, requesterCallSid, note,
                preferredInterpreterId, flags, null, null, roster);
    }

    /** The same request, flagged. */
    public NewRequest flagged(List<CallFlag> newFlags) {
        return new NewRequest(requestId, language, channel, priority, agency, requesterName, requesterPhone,
                requesterCallSid, note, preferredInterpreterId, newFlags, joins, into, roster);
    }

    /**
     * The second interpreter of {@code hostRequestId}'s call, in {@code language} (a relay): one per call and
     * language, with the call's priority, officer, note, flags and roster (its interpreter joins that roster's call);
     * the officer is on the call, so its channel is voice.
     */
    public static NewRequest relay(String hostRequestId, Language language, Priority priority, String agency,
            String requesterName, String requesterPhone, String note, List<CallFlag> flags, String hostRoster) {
        return new NewRequest(RequestIds.relay(hostRequestId, language.tag()), language, Channel.VOICE, priority,
                agency, requesterName, requesterPhone, null, note, null, flags, hostRequestId, null, hostRoster);
    }

    /** The same request, for an interpreter who interprets its language into {@code target} (a language pair). */
    public NewRequest into(Language target) {
        return new NewRequest(requestId, language, channel, priority, agency, requesterName, requesterPhone,
                requesterCallSid, note, preferredInterpreterId, flags, joins, target, roster);
    }

    /** The language tag the request is for: a {@code LanguagePair}'s when {@link #into} is set. */
    public String languageTag() {
        return into == null ? language.tag() : new org.interpreterline.events.language.LanguagePair(language, into).tag();
    }
}
