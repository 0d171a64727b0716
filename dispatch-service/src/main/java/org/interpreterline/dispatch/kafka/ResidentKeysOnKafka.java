package org.interpreterline.dispatch.kafka;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.interpreterline.dispatch.DispatchProperties;
import org.interpreterline.dispatch.publishing.DispatchPublisher;
import org.interpreterline.dispatch.residents.ResidentAddPublishing;
import org.interpreterline.events.dispatch.ResidentAddRequested;
import org.interpreterline.events.dispatch.ResidentKey;
import org.interpreterline.platform.kafka.TopicPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The residents feature's way to Kafka. The key must be on its topic before the add is read, so the webhook waits
 * for the broker's acknowledgement of the key (at most the publishing wait).
 */
@Component
class ResidentKeysOnKafka implements ResidentAddPublishing {

    private static final Logger log = LoggerFactory.getLogger(ResidentKeysOnKafka.class);

    private final TopicPublisher<String, ResidentKey> keys;
    private final DispatchPublisher events;
    private final Duration keyWait;

    ResidentKeysOnKafka(TopicPublisher<String, ResidentKey> residentKeys, DispatchPublisher events,
            DispatchProperties props) {
        this.keys = residentKeys;
        this.events = events;
        // a key that is late makes the add fail; the webhook still answers well within Twilio's patience
        this.keyWait = props.publishAckTimeout().multipliedBy(4);
    }

    @Override
    public boolean publish(ResidentKey key, ResidentAddRequested add) {
        try {
            keys.publish(key.keyId(), key).get(keyWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.warn("The key of add {} was not acknowledged: {}", add.eventId(), e.toString());
            return false;
        }
        return !events.publish(add).failed();
    }
}
