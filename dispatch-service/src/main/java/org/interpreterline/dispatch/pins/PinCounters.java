package org.interpreterline.dispatch.pins;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code line_pin_rejected_total} and {@code line_pin_lockouts_total}, without labels: a wrong PIN names no
 * agency, and a phone number is never a label. Both start at zero, so the first wrong PIN is a rise an alert sees.
 */
@Component
class PinCounters {

    private final Counter rejected;
    private final Counter lockouts;

    PinCounters(MeterRegistry registry) {
        rejected = Counter.builder("line_pin_rejected").description("Wrong agency PINs entered on the line")
                .register(registry);
        lockouts = Counter.builder("line_pin_lockouts")
                .description("Calling numbers locked out of agency PINs after too many wrong ones")
                .register(registry);
    }

    void rejected() {
        rejected.increment();
    }

    void lockedOut() {
        lockouts.increment();
    }
}
