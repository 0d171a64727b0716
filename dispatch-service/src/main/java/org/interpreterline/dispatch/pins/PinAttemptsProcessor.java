package org.interpreterline.dispatch.pins;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.interpreterline.dispatch.DispatchProperties.PinLockout;
import org.interpreterline.events.dispatch.PinAccepted;
import org.interpreterline.events.dispatch.PinAttempt;
import org.interpreterline.events.dispatch.PinRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only writer of the PIN counts: applies each PIN attempt to its caller's {@link PinAttempts}, exactly once
 * (exactly_once_v2), and once a minute forgets callers with nothing left to count.
 */
final class PinAttemptsProcessor implements Processor<String, PinAttempt, Void, Void> {

    private static final Duration FORGET_EVERY = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(PinAttemptsProcessor.class);

    private final PinLockout limits;
    private KeyValueStore<String, PinAttempts> store;

    PinAttemptsProcessor(PinLockout limits) {
        this.limits = limits;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(PinAttemptsTopology.STORE);
        context.schedule(FORGET_EVERY, PunctuationType.WALL_CLOCK_TIME, at -> forget(Instant.ofEpochMilli(at)));
    }

    @Override
    public void process(Record<String, PinAttempt> record) {
        PinAttempt attempt = record.value();
        if (attempt == null) {
            return;
        }
        PinAttempts before = store.get(attempt.caller());
        PinAttempts current = before == null ? PinAttempts.NONE : before;
        PinAttempts after = switch (attempt) {
            case PinRejected rejected -> current.rejected(rejected.eventId(), rejected.occurredAt(), limits);
            case PinAccepted accepted -> current.accepted();
        };
        if (!after.equals(current)) {
            store.put(attempt.caller(), after);
        }
        if (after.lockedUntil() != null && !after.lockedUntil().equals(current.lockedUntil())) {
            // the key, never the number: who called is in the webhook's own log line, masked
            log.warn("Caller {}… locked out of PINs until {} after {} wrong PINs", attempt.caller().substring(0, 12),
                    after.lockedUntil(), limits.wrongPins());
        }
    }

    private void forget(Instant now) {
        List<String> stale = new ArrayList<>();
        try (KeyValueIterator<String, PinAttempts> all = store.all()) {
            all.forEachRemaining(kv -> {
                if (kv.value == null || kv.value.forgottenAt(now, limits)) {
                    stale.add(kv.key);
                }
            });
        }
        stale.forEach(store::delete);
    }
}
