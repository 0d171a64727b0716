package org.interpreterline.notification.kafka;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.interpreterline.events.calls.CallFact;
import org.interpreterline.notification.calls.CallFacts;
import org.interpreterline.platform.kafka.TopicPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes facts on notification.calls, keyed by rosterId (so the desk's task for that roster reads them in
 * order with the roster's events). A webhook waits a few hundred milliseconds at most for the broker: long enough
 * to learn that Kafka is unreachable, short enough that Twilio is always answered quickly; an acknowledgement
 * still pending after that is not a failure (the idempotent producer keeps retrying).
 */
public class KafkaCallFacts implements CallFacts {

    private static final Logger log = LoggerFactory.getLogger(KafkaCallFacts.class);

    private final TopicPublisher<String, CallFact> topic;
    private final Duration ackTimeout;

    public KafkaCallFacts(TopicPublisher<String, CallFact> topic, Duration ackTimeout) {
        this.topic = topic;
        this.ackTimeout = ackTimeout;
    }

    @Override
    public boolean publish(CallFact fact) {
        CompletableFuture<?> sent;
        try {
            sent = topic.publish(fact.rosterId(), fact);
        } catch (RuntimeException e) {
            log.error("Could not publish {} {}: {}", fact.type(), fact.eventId(), e.getMessage());
            return false;
        }
        try {
            sent.get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
            log.debug("Published {}", fact);
            return true;
        } catch (TimeoutException e) {
            sent.whenComplete((ok, error) -> {
                if (error != null) {
                    log.error("{} {} was never acknowledged: {}", fact.type(), fact.eventId(), error.getMessage());
                }
            });
            log.warn("{} {} not acknowledged within {} ms; the producer keeps retrying", fact.type(), fact.eventId(),
                    ackTimeout.toMillis());
            return true;
        } catch (ExecutionException e) {
            log.error("Could not publish {} {}: {}", fact.type(), fact.eventId(), e.getCause().getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
