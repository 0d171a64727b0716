package org.interpreterline.dispatch.requests;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * {@code line_requests_total{language, channel, outcome}} when a request gets its outcome, and
 * {@code line_connect_seconds{language, channel}} when its interpreter joins (DESIGN.md §7). Counted as the
 * record processor applies events; a crash between a count and the commit can count an event twice.
 */
@Component
public class RequestMetrics {

    private final MeterRegistry registry;

    public RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void changed(RequestRecord before, RequestRecord after) {
        if (after.language() == null || after.channel() == null) {
            return; // not opened yet: no labels to count it under
        }
        if (after.outcome() != null && !Objects.equals(before.outcome(), after.outcome())) {
            Counter.builder("line_requests")
                    .description("Requests by how they turned out")
                    .tag("language", after.language())
                    .tag("channel", after.channel().label())
                    .tag("outcome", after.outcome().label())
                    .register(registry).increment();
        }
        if (before.connectedAt() == null && after.connectedAt() != null) {
            after.timeToConnect().ifPresent(duration -> Timer.builder("line_connect")
                    .description("Request opened to interpreter bridged")
                    .tag("language", after.language())
                    .tag("channel", after.channel().label())
                    .publishPercentileHistogram()
                    .register(registry).record(duration.isNegative() ? java.time.Duration.ZERO : duration));
        }
    }
}
