package org.interpreterline.dispatch.kafka;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.interpreterline.dispatch.publishing.Delivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How far a send got within a webhook's wait for the broker. A send still unacknowledged then is pending, not failed:
 * the idempotent producer keeps retrying it, and a webhook must answer Twilio long before the producer gives up.
 */
final class Acknowledgement {

    private static final Logger log = LoggerFactory.getLogger(Acknowledgement.class);

    private Acknowledgement() {
    }

    /** @param what the record sent, for the log ("RequestOpened 5f0c…", "language card") */
    static Delivery within(CompletableFuture<?> sent, Duration wait, String what) {
        try {
            sent.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return Delivery.ACKNOWLEDGED;
        } catch (TimeoutException e) {
            sent.whenComplete((ok, error) -> {
                if (error != null) {
                    log.error("{} was never acknowledged: {}", what, error.getMessage());
                }
            });
            log.warn("{} not acknowledged within {} ms; the producer keeps retrying", what, wait.toMillis());
            return Delivery.PENDING;
        } catch (ExecutionException e) {
            log.error("Could not publish {}: {}", what, e.getCause().getMessage());
            return Delivery.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.PENDING;
        }
    }
}
