package org.interpreterline.dispatch.kafka;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.interpreterline.dispatch.DispatchProperties;
import org.interpreterline.dispatch.publishing.Delivery;
import org.interpreterline.dispatch.publishing.DispatchPublisher;
import org.interpreterline.events.LineEvent;
import org.interpreterline.events.dispatch.DispatchEvent;
import org.interpreterline.events.dispatch.PinAttempt;
import org.interpreterline.platform.kafka.TopicPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Publishes dispatch events (and PIN attempts, on their own topic) keyed by roster id, so each topic's events of one
 * roster are read in order.
 * <p>
 * A webhook waits a few hundred milliseconds at most for the broker's acknowledgement: long enough to learn
 * that Kafka is unreachable (and send the caller to the fallback instead of into a conference nobody will
 * join), short enough that Twilio is always answered quickly. An acknowledgement still pending after that
 * is not a failure: the idempotent producer keeps retrying, and the caller already waits in the conference.
 */
@Component
class KafkaDispatchPublisher implements DispatchPublisher {

    private static final Logger log = LoggerFactory.getLogger(KafkaDispatchPublisher.class);

    private final TopicPublisher<String, DispatchEvent> topic;
    private final TopicPublisher<String, PinAttempt> pinAttempts;
    private final String rosterId;
    private final Duration ackTimeout;

    KafkaDispatchPublisher(TopicPublisher<String, DispatchEvent> dispatchEvents,
            TopicPublisher<String, PinAttempt> pinAttemptsTopic, DispatchProperties props) {
        this.topic = dispatchEvents;
        this.pinAttempts = pinAttemptsTopic;
        this.rosterId = props.rosterId();
        this.ackTimeout = props.publishAckTimeout();
    }

    @Override
    public Delivery publish(DispatchEvent event) {
        return publish(event, ackTimeout);
    }

    @Override
    public Delivery publish(DispatchEvent event, Duration wait) {
        return publish(topic, event, wait);
    }

    @Override
    public Delivery publish(PinAttempt attempt) {
        return publish(pinAttempts, attempt, ackTimeout);
    }

    private <E extends LineEvent> Delivery publish(TopicPublisher<String, E> topic, E event, Duration wait) {
        CompletableFuture<?> sent;
        try {
            sent = topic.publish(rosterId, event);
        } catch (RuntimeException e) {
            log.error("Could not publish {} {}: {}", event.type(), event.eventId(), e.getMessage());
            return Delivery.FAILED;
        }
        return Acknowledgement.within(sent, wait, event.type() + " " + event.eventId());
    }
}
