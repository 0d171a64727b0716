package org.interpreterline.notification.calls;

import java.time.Instant;
import org.interpreterline.events.notification.MessagePurpose;

/**
 * A text to a requester that waits for the request's opening (its reference, channel and phone come from
 * dispatch.events, which may be read after the roster's event that calls for the text).
 *
 * @param purpose         QUEUED, INTERPRETER_FOUND or FALLBACK
 * @param position        place in line (QUEUED)
 * @param interpreterName who accepted (INTERPRETER_FOUND)
 * @param fallbackNumber  the provider to call (FALLBACK; null: still looking)
 * @param since           when it started waiting
 * @param sameInterpreter who accepted is the officer's interpreter from last time (INTERPRETER_FOUND), or that
 *                        interpreter is not coming (SAME_INTERPRETER)
 */
public record PendingText(MessagePurpose purpose, String language, int position, String interpreterName,
        String fallbackNumber, Instant since, boolean sameInterpreter) {

    public PendingText(MessagePurpose purpose, String language, int position, String interpreterName,
            String fallbackNumber, Instant since) {
        this(purpose, language, position, interpreterName, fallbackNumber, since, false);
    }
}
