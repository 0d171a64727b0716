package org.interpreterline.roster.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.state.Stores;
import org.interpreterline.events.Priority;
import org.interpreterline.events.notification.OfferNotAnswered.Outcome;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.roster.RosterEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code roster_offers_total{outcome}}: every offer is counted once, under how the allocator closed it. */
class OfferTallyTest {

    @TempDir
    Path stateDir;

    private final MeterRegistry meters = new SimpleMeterRegistry();
    private RosterDriver d;

    @AfterEach
    void close() {
        if (d != null) {
            d.close();
        }
    }

    @Test
    void everyOutcomeIsThereFromTheStartAtZero() {
        new OfferTally(meters);

        assertThat(counts()).containsOnly(Map.entry("accepted", 0.0), Map.entry("declined", 0.0), Map.entry("conflict", 0.0),
                Map.entry("no_answer", 0.0), Map.entry("busy", 0.0), Map.entry("failed", 0.0),
                Map.entry("expired", 0.0), Map.entry("withdrawn", 0.0));
    }

    @Test
    void eachOfferIsCountedOnceUnderHowItEnded() {
        d = new RosterDriver(AllocatorTopology.build(AllocationPolicy.defaults().withFallbackNumber("+14125550199"),
                new OfferTally(meters), Stores::inMemoryKeyValueStore), stateDir);
        for (String id : List.of("ana", "bea", "carla", "dan", "eva")) {
            d.on(id, id, 1, "es");
            d.advanceSeconds(1);
        }
        d.events();

        d.open("R1", "es", Priority.EMERGENCY);
        d.decline(offer());                          // ana declines
        d.notAnswered(offer(), Outcome.VOICEMAIL);   // bea's voicemail: not an answer
        d.notAnswered(offer(), Outcome.BUSY);        // carla is busy
        OfferMade toDan = offer();
        d.redeliver();                               // the busy signal again: nothing new to count
        d.advance(Duration.ofSeconds(41));           // dan lets it ring past the deadline
        d.accept(offer());                           // eva takes it
        d.accept(toDan);                             // dan's late "1" finds no offer: not counted

        d.open("R2", "es", Priority.URGENT);         // ana, free again, is rung...
        offer();
        d.cancel("R2");                              // ...and the officer hangs up

        assertThat(counts()).containsEntry("declined", 1.0).containsEntry("no_answer", 1.0)
                .containsEntry("busy", 1.0).containsEntry("expired", 1.0).containsEntry("accepted", 1.0)
                .containsEntry("withdrawn", 1.0).containsEntry("failed", 0.0);
    }

    @Test
    void anOfferClosedAgainByARetriedTransactionIsNotCountedTwice() {
        OfferTally tally = new OfferTally(meters);
        Offer offer = new Offer("o1", "default", "R1", "ana", 1, Instant.EPOCH, Instant.EPOCH.plusSeconds(40));

        tally.closed(offer, OfferEnd.DECLINED);
        tally.closed(offer, OfferEnd.DECLINED);

        assertThat(counts()).containsEntry("declined", 1.0);
    }

    private OfferMade offer() {
        List<RosterEvent> events = d.events();
        List<OfferMade> offers = events.stream().filter(OfferMade.class::isInstance).map(OfferMade.class::cast)
                .toList();
        assertThat(offers).as("offers in " + events).hasSize(1);
        return offers.getFirst();
    }

    private Map<String, Double> counts() {
        Map<String, Double> counts = new LinkedHashMap<>();
        meters.find("roster_offers").counters().forEach(c -> counts.put(c.getId().getTag("outcome"), c.count()));
        return counts;
    }
}
