package org.interpreterline.events.notification;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.interpreterline.events.RequestEvent;

/**
 * How the line's call to a resident the officer added turned out, once per add: answered (and put into the
 * request's conference), busy, not answered, or failed (the number could not be called).
 *
 * @param addId        the {@code ResidentAddRequested} it answers
 * @param maskedNumber the last four digits only ({@code ***0199})
 */
public record ResidentCallOutcome(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String requestId,
        String addId,
        String maskedNumber,
        Outcome outcome) implements NotificationEvent, RequestEvent {

    public enum Outcome {
        ANSWERED, BUSY, NO_ANSWER, FAILED;

        /** The metric label: {@code no_answer}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ResidentCallOutcome {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(outcome, "outcome");
    }
}
