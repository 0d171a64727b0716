package org.interpreterline.events.dispatch;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.interpreterline.events.LineEvent;

/**
 * An interpreter texted TOUGH: their latest call was hard on them, though nobody flagged it. The roster counts it
 * toward their exposure (once per call) and gives them the longer wrap-up if they are still wrapping up.
 */
public record ToughCallReported(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String interpreterId) implements DispatchEvent, LineEvent {

    public ToughCallReported {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(interpreterId, "interpreterId");
    }
}
