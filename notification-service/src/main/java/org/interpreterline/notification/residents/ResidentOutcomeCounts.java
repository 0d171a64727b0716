package org.interpreterline.notification.residents;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.interpreterline.events.notification.ResidentCallOutcome;

/**
 * {@code line_residents_added_total{outcome}}: how the line's calls to added residents turned out (answered, busy,
 * no_answer, failed); dispatch-service counts the adds it refused under the same name. Every outcome is registered
 * at zero so that {@code increase()} sees the first one.
 */
public final class ResidentOutcomeCounts {

    private final Map<ResidentCallOutcome.Outcome, Counter> counters = new EnumMap<>(ResidentCallOutcome.Outcome.class);

    public ResidentOutcomeCounts(MeterRegistry registry) {
        for (ResidentCallOutcome.Outcome outcome : ResidentCallOutcome.Outcome.values()) {
            counters.put(outcome, Counter.builder("line_residents_added")
                    .description("Residents an officer asked to add to a call, by outcome")
                    .tag("outcome", outcome.label())
                    .register(registry));
        }
    }

    void count(ResidentCallOutcome.Outcome outcome) {
        counters.get(outcome).increment();
    }
}
