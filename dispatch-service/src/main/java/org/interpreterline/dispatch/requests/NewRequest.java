package org.interpreterline.dispatch.requests;

import org.interpreterline.events.Channel;
import org.interpreterline.events.Priority;
import org.interpreterline.events.language.Language;

/**
 * A request about to be opened, from a call, a text or the API.
 *
 * @param requesterCallSid the requester's call for voice requests, else null
 * @param preferredInterpreterId the interpreter of the officer's earlier connected request, offered it first
 *                         ({@code AGAIN}, voice menu 9); null for anyone
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
        String preferredInterpreterId) {

    /** A request for anyone who speaks the language. */
    public NewRequest(String requestId, Language language, Channel channel, Priority priority, String agency,
            String requesterName, String requesterPhone, String requesterCallSid, String note) {
        this(requestId, language, channel, priority, agency, requesterName, requesterPhone, requesterCallSid, note,
                null);
    }
}
