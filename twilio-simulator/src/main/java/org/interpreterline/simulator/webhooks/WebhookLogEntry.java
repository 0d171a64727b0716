package org.interpreterline.simulator.webhooks;

import java.time.Instant;
import java.util.Map;

/** One webhook the simulator sent (a duplicate delivery is a second entry with the same idempotency token). */
public record WebhookLogEntry(
        Instant at,
        String method,
        String url,
        Map<String, String> params,
        int status,
        long durationMs,
        String error,
        String idempotencyToken,
        boolean duplicate) {
}
