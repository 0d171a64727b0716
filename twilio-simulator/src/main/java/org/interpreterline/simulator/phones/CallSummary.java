package org.interpreterline.simulator.phones;

import java.time.Instant;

/**
 * One call in a phone's history.
 *
 * @param direction "incoming" (the phone was called) or "outgoing" (it dialled)
 * @param other     the number at the other end
 */
public record CallSummary(String callSid, String direction, String other, String status, Instant startedAt,
                          Instant endedAt) {
}
