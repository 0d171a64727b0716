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

    /**
     * Not an event on a topic: the record's own note that the keys of the adds before it were destroyed because the
     * request's end was not heard in time ({@code LINE_RESIDENT_KEY_LIFE}).
     */
    public static final String RESIDENT_KEYS_DESTROYED = "ResidentKeysDestroyed";
    /** The entry of an officer's {@code ADD}: one added number, whose key is named after the entry's event id. */
    public static final String RESIDENT_ADDED =
            org.interpreterline.events.dispatch.ResidentAddRequested.class.getSimpleName();

    public boolean is(String eventName) {
        return eventName.equals(event);
    }
}
