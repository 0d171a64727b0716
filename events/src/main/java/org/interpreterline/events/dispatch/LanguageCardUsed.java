package org.interpreterline.events.dispatch;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.interpreterline.events.RequestEvent;

/**
 * The officer answered YES to a language card's choice and the request opened (its {@code RequestOpened} comes
 * first): written on the request's timeline. The card is spent.
 *
 * @param language the tag the resident tapped
 */
public record LanguageCardUsed(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String requestId,
        String language) implements DispatchEvent, RequestEvent {

    public LanguageCardUsed {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(language, "language");
    }
}
