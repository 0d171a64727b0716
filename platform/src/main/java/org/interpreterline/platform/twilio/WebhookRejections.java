package org.interpreterline.platform.twilio;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Counts webhooks the line refused: {@code line_webhook_rejected_total{service, reason}} (docs/architecture.md, Metrics). */
public class WebhookRejections {

    public enum Reason { BAD_SIGNATURE, MALFORMED }

    private final MeterRegistry registry;
    private final String service;

    public WebhookRejections(MeterRegistry registry, String service) {
        this.registry = registry;
        this.service = service;
        for (Reason reason : Reason.values()) {
            counter(reason); // registered at zero so dashboards and alerts see the series before the first reject
        }
    }

    public void reject(Reason reason) {
        counter(reason).increment();
    }

    private Counter counter(Reason reason) {
        return Counter.builder("line_webhook_rejected")
                .description("Twilio webhooks refused by the line")
                .tag("service", service)
                .tag("reason", reason.name().toLowerCase(java.util.Locale.ROOT))
                .register(registry);
    }
}
