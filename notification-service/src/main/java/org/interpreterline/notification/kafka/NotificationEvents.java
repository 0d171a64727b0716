package org.interpreterline.notification.kafka;

import org.interpreterline.events.notification.NotificationEvent;

/** Where the telephony facts go ({@code notification.events}); a list in unit tests. */
@FunctionalInterface
public interface NotificationEvents {

    /** Hands the event over without waiting for the broker. */
    void publish(NotificationEvent event);
}
