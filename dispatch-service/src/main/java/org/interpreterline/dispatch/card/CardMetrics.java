package org.interpreterline.dispatch.card;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code line_language_cards_total{outcome}}: sent (a new card's link texted), chosen (a resident tapped a language),
 * opened (the officer's YES opened a request), expired (a link used after it expired or was spent). No language label:
 * the request it opens is counted with its language in {@code line_requests_total}.
 */
@Component
class CardMetrics {

    enum Outcome { SENT, CHOSEN, OPENED, EXPIRED }

    private final MeterRegistry registry;

    CardMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (Outcome outcome : Outcome.values()) {
            counter(outcome); // every outcome reads 0 from the start, so rates and alerts see the series
        }
    }

    void count(Outcome outcome) {
        counter(outcome).increment();
    }

    private Counter counter(Outcome outcome) {
        return Counter.builder("line_language_cards").description("Language cards by what became of them")
                .tag("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT)).register(registry);
    }
}
