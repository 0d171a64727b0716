package org.interpreterline.dispatch.requests;

import java.time.Instant;
import java.util.UUID;

/**
 * One thing that happened to a request, as a supervisor reads it.
 *
 * @param event   the event type ({@code OfferMade})
 * @param summary what happened in words ({@code offered to Ana Ruiz (attempt 2)})
 * @param eventId the event's id: a redelivered event is recognised and not recorded twice
 */
public record TimelineEntry(Instant at, String event, String summary, UUID eventId) {
}
