package org.interpreterline.simulator.calls;

import java.time.Instant;
import java.util.List;

/** A call leg for the control API, with the legs it dialled. */
public record CallView(
        String sid,
        String from,
        String to,
        Direction direction,
        CallStatus status,
        String parentCallSid,
        String answeredBy,
        Instant createdAt,
        Instant answeredAt,
        Instant endedAt,
        long durationSeconds,
        String conference,
        List<CallError> errors,
        List<CallTimelineStep> timeline,
        List<CallView> legs) {
}
