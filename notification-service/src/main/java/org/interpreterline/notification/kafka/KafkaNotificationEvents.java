package org.interpreterline.notification.kafka;

import org.interpreterline.events.notification.NotificationEvent;
import org.interpreterline.platform.kafka.TopicPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the telephony facts on {@code notification.events}, keyed by rosterId, with the platform's
 * idempotent, no-linger publisher. Sends are asynchronous: webhooks publish and answer Twilio at once
 * (DESIGN.md §8); a failed send is logged with the event.
 */
public class KafkaNotificationEvents implements NotificationEvents {

    private static final Logger log = LoggerFactory.getLogger(KafkaNotificationEvents.class);

    private final TopicPublisher<String, NotificationEvent> publisher;

    public KafkaNotificationEvents(TopicPublisher<String, NotificationEvent> publisher) {
        this.publisher = publisher;
    }

    @Override
    public void publish(NotificationEvent event) {
        publisher.publish(event.rosterId(), event).whenComplete((result, error) -> {
            if (error != null) {
                log.error("Could not publish {} {}: {}", event.type(), event.eventId(), error.getMessage(), error);
            }
        });
        log.debug("Published {}", event);
    }
}
