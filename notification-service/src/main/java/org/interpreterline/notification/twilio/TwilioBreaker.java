package org.interpreterline.notification.twilio;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops asking Twilio while it keeps failing (429, 5xx, timeouts; a refusal of one request does not count): every
 * request then fails at once with {@link TwilioUnavailable} instead of each waiting out its timeout and retries,
 * and after {@code openFor} a few requests find out whether Twilio is back. Its state is the gauge
 * {@code line_twilio_breaker_state}: 0 closed, 1 open, 2 half-open.
 */
public class TwilioBreaker {

    public static final String METRIC = "line_twilio_breaker_state";
    private static final Logger log = LoggerFactory.getLogger(TwilioBreaker.class);

    private final CircuitBreaker breaker;

    public TwilioBreaker(TwilioBreakerProperties settings, MeterRegistry registry) {
        this.breaker = CircuitBreaker.of("twilio", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.window())
                .minimumNumberOfCalls(settings.window())
                .failureRateThreshold(settings.failureRatePercent())
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(2)
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .recordException(TwilioFailure::passing)
                .build());
        breaker.getEventPublisher().onStateTransition(e -> log.warn("Twilio circuit breaker {}: {}",
                e.getStateTransition(), switch (e.getStateTransition().getToState()) {
                    case OPEN -> "Twilio keeps failing; requests fail at once for " + settings.openFor();
                    case HALF_OPEN -> "trying Twilio again";
                    default -> "Twilio answers again";
                }));
        Gauge.builder(METRIC, breaker, b -> value(b.getState()))
                .description("Twilio circuit breaker: 0 closed, 1 open (Twilio is not asked), 2 half-open (trying)")
                .register(registry);
    }

    public <T> T call(Supplier<T> request) {
        try {
            return breaker.executeSupplier(request);
        } catch (CallNotPermittedException e) {
            throw new TwilioUnavailable(e);
        }
    }

    public CircuitBreaker.State state() {
        return breaker.getState();
    }

    private static double value(CircuitBreaker.State state) {
        return switch (state) {
            case OPEN, FORCED_OPEN -> 1;
            case HALF_OPEN -> 2;
            default -> 0;
        };
    }
}
