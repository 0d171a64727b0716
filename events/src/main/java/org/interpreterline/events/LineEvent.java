package org.interpreterline.events;

import java.time.Instant;
import java.util.UUID;

/**
 * What every event on every topic carries. {@code eventId} lets consumers drop a redelivered event;
 * the JSON {@code type} discriminator is written by the per-topic sealed hierarchy.
 */
public interface LineEvent {

    UUID eventId();

    Instant occurredAt();

    String rosterId();

    /** The JSON discriminator, also handy in logs. */
    default String type() {
        return getClass().getSimpleName();
    }
}
