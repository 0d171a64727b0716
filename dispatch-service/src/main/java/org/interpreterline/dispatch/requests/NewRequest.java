package org.interpreterline.dispatch.requests;

import org.interpreterline.events.Channel;
import org.interpreterline.events.Priority;
import org.interpreterline.events.language.Language;

/**
 * A request about to be opened, from a call, a text or the API.
 *
 * @param requesterCallSid the requester's call for voice requests, else null
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
        String note) {
}
