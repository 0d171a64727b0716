package org.interpreterline.roster.allocation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code roster_offers_total{outcome}}: every offer counted once, as the allocator closes it. All outcomes are
 * registered at zero, so a rate or an alert sees the first one.
 *
 * <p>Exactly-once and counting: the allocator's decisions commit with its input offsets, but a counter lives
 * outside that transaction. When a transaction is aborted and retried, the same offers close again; the offer
 * ids closed lately are remembered so a retry in this process does not count them twice. An offer made in an
 * aborted transaction never existed, and a retry makes a new one, so nothing is lost. What remains: a task
 * that moves to another instance mid-transaction is counted by both (rare, and only ever an over-count of one).
 */
public final class OfferTally {

    /** Far more offers than close between two commits (20 ms apart). */
    private static final int REMEMBERED = 10_000;

    private final Map<OfferEnd, Counter> counters = new EnumMap<>(OfferEnd.class);
    private final Map<String, Boolean> counted = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    public OfferTally(MeterRegistry registry) {
        for (OfferEnd end : OfferEnd.values()) {
            counters.put(end, Counter.builder("roster_offers")
                    .description("Offers made to interpreters, by how they ended")
                    .tag("outcome", end.label())
                    .register(registry));
        }
    }

    /** For tests and tools that run the topology without metrics. */
    public static OfferTally unmetered() {
        return new OfferTally(new SimpleMeterRegistry());
    }

    synchronized void closed(Offer offer, OfferEnd end) {
        if (counted.putIfAbsent(offer.offerId(), Boolean.TRUE) == null) {
            counters.get(end).increment();
        }
    }
}
