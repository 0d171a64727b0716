package org.interpreterline.dispatch.residents;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code line_residents_added_total{outcome="refused"}}: adds the line would not call (an emergency or short code, a
 * premium number, no number). The calls' outcomes (answered, busy, no_answer, failed) are counted under the same
 * name by notification-service, which places them.
 */
@Component
public class ResidentAddCounts {

    private final Counter refused;

    public ResidentAddCounts(MeterRegistry registry) {
        this.refused = Counter.builder("line_residents_added")
                .description("Residents an officer asked to add to a call, by outcome")
                .tag("outcome", "refused")
                .register(registry);
    }

    void refused() {
        refused.increment();
    }
}
