package org.interpreterline.platform.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts records a consumer gave up on and copied to a dead-letter topic:
 * {@code line_dead_letters_total{service, topic}}, topic being the {@code .dlt} it went to. A dead letter is a
 * request or an answer the line never acted on, so an alert watches this.
 */
public class DeadLetters {

    /** The key under which a Streams configuration carries this counter to its exception handler. */
    public static final String CONFIG_KEY = "line.dead-letters";

    private final MeterRegistry registry;
    private final String service;

    public DeadLetters(MeterRegistry registry, String service) {
        this.registry = registry;
        this.service = service;
    }

    /** Registers the series at zero, so an alert on its increase also sees the very first dead letter. */
    public void expect(String deadLetterTopic) {
        counter(deadLetterTopic);
    }

    public void sent(String deadLetterTopic) {
        counter(deadLetterTopic).increment();
    }

    private Counter counter(String deadLetterTopic) {
        return Counter.builder("line_dead_letters")
                .description("Records a consumer could not handle, copied to a dead-letter topic")
                .tag("service", service)
                .tag("topic", deadLetterTopic)
                .register(registry);
    }
}
