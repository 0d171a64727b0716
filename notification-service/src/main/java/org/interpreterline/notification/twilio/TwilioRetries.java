package org.interpreterline.notification.twilio;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries Twilio requests again when they failed for a passing reason, with exponential backoff and jitter. A request
 * that creates something (a call, a text) is only tried again when it certainly created nothing, or when a look at
 * Twilio found nothing it created: an interpreter is never rung twice for one dial.
 */
public class TwilioRetries {

    private static final Logger log = LoggerFactory.getLogger(TwilioRetries.class);
    private static final double MULTIPLIER = 2.0;
    private static final double JITTER = 0.5;

    private final Retry repeatable;
    private final Retry creatingWithLook;
    private final Retry creatingBlind;

    public TwilioRetries(TwilioRetryProperties settings) {
        this.repeatable = Retry.of("twilio-repeatable", config(settings, TwilioFailure::passing));
        this.creatingWithLook = Retry.of("twilio-create", config(settings, TwilioFailure::passing));
        this.creatingBlind = Retry.of("twilio-create-blind", config(settings, TwilioFailure::nothingDone));
    }

    private static RetryConfig config(TwilioRetryProperties settings, Predicate<Throwable> worthAnother) {
        return RetryConfig.custom()
                .maxAttempts(settings.attempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(settings.backoff(), MULTIPLIER, JITTER))
                .retryOnException(worthAnother)
                .build();
    }

    /** A request that does the same however often it is made (fetch, list, an update to a state). */
    public <T> T repeatable(String what, Supplier<T> request) {
        return repeatable.executeSupplier(logged(what, request, new AtomicInteger()));
    }

    /**
     * A request that creates something. Tried again after a refusal (429) or a request that never reached Twilio; after
     * an answer that leaves it open whether Twilio did it (5xx, a timeout) only once {@code alreadyDone} found nothing.
     */
    public <T> T creating(String what, Supplier<T> request, Supplier<Optional<T>> alreadyDone) {
        AtomicBoolean outcomeUnknown = new AtomicBoolean();
        AtomicInteger attempt = new AtomicInteger();
        Supplier<T> once = () -> {
            if (outcomeUnknown.get()) {
                Optional<T> done = alreadyDone.get();
                if (done.isPresent()) {
                    log.info("{}: Twilio had done it after all (found before attempt {}); not asked again", what,
                            attempt.get());
                    return done.get();
                }
            }
            try {
                return request.get();
            } catch (RuntimeException e) {
                outcomeUnknown.set(!TwilioFailure.nothingDone(e));
                throw e;
            }
        };
        return creatingWithLook.executeSupplier(logged(what, once, attempt));
    }

    /** A request that creates something and cannot be looked up: tried again only when it certainly did nothing. */
    public <T> T creatingBlind(String what, Supplier<T> request) {
        return creatingBlind.executeSupplier(logged(what, request, new AtomicInteger()));
    }

    private static <T> Supplier<T> logged(String what, Supplier<T> request, AtomicInteger attempt) {
        return () -> {
            int n = attempt.incrementAndGet();
            try {
                return request.get();
            } catch (RuntimeException e) {
                log.info("{}: attempt {} failed: {}", what, n, e.getMessage());
                throw e;
            }
        };
    }
}
