package org.interpreterline.notification.kafka;

import org.interpreterline.events.Topics;
import org.interpreterline.events.notification.NotificationEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes the telephony facts on {@code notification.events}, keyed by rosterId. Sends are asynchronous:
 * webhooks publish and answer Twilio at once (DESIGN.md §8); a failed send is logged with the event.
 */
public class KafkaNotificationEvents implements NotificationEvents {

    private static final Logger log = LoggerFactory.getLogger(KafkaNotificationEvents.class);

    private final KafkaTemplate<String, NotificationEvent> template;

    public KafkaNotificationEvents(KafkaTemplate<String, NotificationEvent> template) {
        this.template = template;
    }

    @Override
    public void publish(NotificationEvent event) {
        template.send(Topics.NOTIFICATION_EVENTS.name(), event.rosterId(), event).whenComplete((result, error) -> {
            if (error != null) {
                log.error("Could not publish {} {}: {}", event.type(), event.eventId(), error.getMessage(), error);
            }
        });
        log.debug("Published {}", event);
    }
}
