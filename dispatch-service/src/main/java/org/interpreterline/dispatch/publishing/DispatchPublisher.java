package org.interpreterline.dispatch.publishing;

import java.time.Duration;
import org.interpreterline.events.dispatch.DispatchEvent;
import org.interpreterline.events.dispatch.PinAttempt;

/**
 * Where the features put what dispatch decided: {@code dispatch.events}, and PIN attempts on their own topic, in
 * order per roster. A webhook waits for the broker a few hundred milliseconds at most, so each publish says how far
 * the event got ({@link Delivery}) rather than blocking until it is sure. The kafka adapter implements it
 * ({@code KafkaDispatchPublisher}), so a feature that publishes does not depend on the adapter.
 */
public interface DispatchPublisher {

    /** Publishes and waits up to the configured acknowledgement timeout (what webhooks use). */
    Delivery publish(DispatchEvent event);

    Delivery publish(DispatchEvent event, Duration wait);

    /** A PIN entered on a call, waiting as a webhook does. */
    Delivery publish(PinAttempt attempt);
}
