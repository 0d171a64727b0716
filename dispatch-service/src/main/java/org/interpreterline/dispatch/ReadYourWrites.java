package org.interpreterline.dispatch;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.interpreterline.dispatch.stores.StoreUnavailable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * An admin write is a record on the owner's own topic, answered once the service's own view shows it: the caller
 * who gets 201 can read what they wrote. Bounded: 503 when it takes too long.
 */
public final class ReadYourWrites {

    private static final long POLL_MS = 20;

    private ReadYourWrites() {
    }

    /** Waits for Kafka to acknowledge a send. */
    public static void acknowledged(CompletableFuture<?> send, Duration timeout) {
        try {
            send.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Kafka did not take the write in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "interrupted");
        }
    }

    /** Waits until {@code applied} holds (polling the local stores). */
    public static void applied(BooleanSupplier applied, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                if (applied.getAsBoolean()) {
                    return;
                }
            } catch (StoreUnavailable e) {
                // starting or rebalancing: keep waiting until the deadline
            }
            if (System.nanoTime() > deadline) {
                throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                        "the write was sent but is not visible yet; read it again in a moment");
            }
            try {
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "interrupted");
            }
        }
    }
}
