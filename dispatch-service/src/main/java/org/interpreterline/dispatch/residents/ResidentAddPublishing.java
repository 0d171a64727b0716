package org.interpreterline.dispatch.residents;

import org.interpreterline.events.dispatch.ResidentAddRequested;
import org.interpreterline.events.dispatch.ResidentKey;

/** Where an add goes: its key on {@code dispatch.resident-keys}, then the add on {@code dispatch.events}. */
public interface ResidentAddPublishing {

    /**
     * Publishes the key, waits for the broker to have it, then publishes the add: whoever reads the add can find
     * its key. False when either did not reach Kafka.
     */
    boolean publish(ResidentKey key, ResidentAddRequested add);
}
