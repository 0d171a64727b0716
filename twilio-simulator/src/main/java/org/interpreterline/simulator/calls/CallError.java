package org.interpreterline.simulator.calls;

import java.time.Instant;

/**
 * A Twilio debugger error on a call or a conference (11200 HTTP retrieval failure, 12100 document parse failure …).
 */
public record CallError(Instant at, int code, String message, String url) {
}
