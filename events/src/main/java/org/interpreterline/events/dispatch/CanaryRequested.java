package org.interpreterline.events.dispatch;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.interpreterline.events.LineEvent;

/**
 * The line's hourly self-test came through the SMS webhook: could a request in {@code language} be offered to
 * someone right now? Opens no request and rings nobody; the roster answers with {@code CanaryChecked}.
 *
 * @param canaryId one run of one language, chosen by whoever sends the canary
 */
public record CanaryRequested(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String canaryId,
        String language) implements DispatchEvent, LineEvent {

    public CanaryRequested {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(canaryId, "canaryId");
        Objects.requireNonNull(language, "language");
    }
}
