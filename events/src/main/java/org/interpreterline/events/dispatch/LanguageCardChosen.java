package org.interpreterline.events.dispatch;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.interpreterline.events.LineEvent;

/**
 * The person an officer showed a language card to tapped their language: notification-service texts the officer
 * "Tigrinya: reply YES to get an interpreter". No request exists yet; the resident is not identified.
 *
 * @param officerPhone who texted CARD
 * @param language     the tag tapped
 */
public record LanguageCardChosen(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String officerPhone,
        String language) implements DispatchEvent, LineEvent {

    public LanguageCardChosen {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(officerPhone, "officerPhone");
        Objects.requireNonNull(language, "language");
    }
}
