package org.interpreterline.notification.twilio;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the Twilio requests the call desk decided, off its Streams thread (which must never wait on Twilio):
 * errands with the same key (a request) run one after the other in the order they were handed in, so a
 * withdrawal never overtakes its dial; errands with different keys run side by side on virtual threads, at most
 * {@code concurrency} at once, so one slow request never holds up another.
 */
public class TwilioErrands implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TwilioErrands.class);

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, CompletableFuture<Void>> lastOfKey = new ConcurrentHashMap<>();
    private final Semaphore permits;

    public TwilioErrands(int concurrency) {
        this.permits = new Semaphore(concurrency);
    }

    /** Queues {@code errand} behind the earlier errands of {@code key}; never blocks the caller. */
    public void run(String key, String what, Runnable errand) {
        lastOfKey.compute(key, (k, previous) -> {
            CompletableFuture<Void> before = previous == null ? CompletableFuture.completedFuture(null) : previous;
            CompletableFuture<Void> next = before.handle((ok, error) -> null)
                    .thenRunAsync(() -> runGuarded(what, errand), threads);
            next.whenComplete((ok, error) -> lastOfKey.remove(k, next));
            return next;
        });
    }

    private void runGuarded(String what, Runnable errand) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("Errand '{}' dropped: shutting down", what);
            return;
        }
        try {
            errand.run();
        } catch (RuntimeException e) {
            log.error("Errand '{}' failed: {}", what, e.getMessage(), e);
        } finally {
            permits.release();
        }
    }

    /** Lets errands under way finish (a dial in flight is worth its CallSid), for a few seconds at most. */
    @Override
    public void close() {
        threads.shutdown();
        try {
            if (!threads.awaitTermination(5, TimeUnit.SECONDS)) {
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            threads.shutdownNow();
        }
    }
}
