package org.interpreterline.events.dispatch;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Registers a responder or replaces their entry (a new phone frees the old one); refused when another responder
 * holds the phone.
 */
public record PutResponder(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String responderId,
        String name,
        String phone,
        String agency,
        String badge,
        String roster) implements ResponderCommand {

    /** A responder of the deployment's own roster (and every command from before several rosters). */
    public PutResponder(UUID eventId, Instant occurredAt, String rosterId, String responderId, String name,
            String phone, String agency, String badge) {
        this(eventId, occurredAt, rosterId, responderId, name, phone, agency, badge, null);
    }

    public PutResponder {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(responderId, "responderId");
        Objects.requireNonNull(phone, "phone");
    }

    public Responder responder() {
        return new Responder(responderId, name, phone, agency, badge, roster);
    }
}
