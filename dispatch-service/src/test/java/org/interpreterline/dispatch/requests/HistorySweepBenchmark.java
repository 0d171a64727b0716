package org.interpreterline.dispatch.requests;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.TopologyTestDriver;
import org.interpreterline.dispatch.DispatchProperties;
import org.interpreterline.dispatch.kafka.DispatchKafka;
import org.interpreterline.events.Channel;
import org.interpreterline.events.Priority;
import org.interpreterline.events.LineEvent;
import org.interpreterline.events.language.LanguageCatalog;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.notification.ConferenceEnded;
import org.interpreterline.events.notification.ParticipantJoined;
import org.interpreterline.events.notification.Party;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.roster.RequestAssigned;
import org.interpreterline.platform.rosters.LineRosters;
import org.junit.jupiter.api.Test;

/**
 * What the history's sweeps cost the stream thread: they read the whole {@code requests} store (RocksDB, as in
 * production) every {@code LINE_HISTORY_SWEEP_EVERY} (forgetting) and every five minutes (keys that outlived their
 * life), and the thread answers nothing else meanwhile. Fills the store with {@code -Dsweep.requests} connected and
 * ended calls spread over the 90-day retention (written to the store directly) and prints the sweeps' times. Not part of the suite (the name is not
 * a test's); run it with {@code ./mvnw -o test -pl dispatch-service -Dtest=HistorySweepBenchmark}.
 */
class HistorySweepBenchmark {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(90);
    private static final String PHONE = "+14125550111";

    @Test
    void sweepsOfAFullHistory() throws Exception {
        int size = Integer.getInteger("sweep.requests", 50_000);
        Path stateDir = Files.createTempDirectory("history-sweep");
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "history-sweep");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        HistoryRetention retention = new HistoryRetention(RETENTION, Duration.ofHours(1), Duration.ofHours(4),
                Duration.ofDays(2557));
        Duration spacing = RETENTION.dividedBy(size);
        Instant filledAt = T0.plus(RETENTION);
        try (TopologyTestDriver driver = new TopologyTestDriver(DispatchKafka.topology(
                new RequestMetrics(new SimpleMeterRegistry(), LineRosters.of("default", "+14125550100", List.of())),
                new DispatchProperties.PinLockout(5, Duration.ofMinutes(15), Duration.ofMinutes(15)), retention),
                config, filledAt)) {
            // the records as the events make them, written to the store directly: piping a quarter of a million
            // events through the test driver would commit (and flush RocksDB) after each
            RequestStatusMachine lifecycle = new RequestStatusMachine(
                    new RequestTimeline(LanguageCatalog.standard()::englishName));
            KeyValueStore<String, RequestRecord> requests = driver.getKeyValueStore(RequestRecordTopology.REQUESTS);
            long fillStart = System.nanoTime();
            for (int i = 0; i < size; i++) {
                Instant at = T0.plus(spacing.multipliedBy(i + 1));
                String id = UUID.randomUUID().toString();
                RequestRecord record = RequestRecord.unknown(id);
                for (LineEvent event : connectedAndEnded(id, at)) {
                    record = lifecycle.apply(record, event);
                }
                requests.put(id, record);
            }
            System.out.printf("history of %,d ended calls written in %.1f s%n", size,
                    (System.nanoTime() - fillStart) / 1e9);

            // the key sweep alone, every five minutes between the hours
            List<Double> keySweeps = new ArrayList<>();
            List<Double> hourly = new ArrayList<>();
            for (int hour = 0; hour < 12; hour++) {
                for (int fiveMinutes = 0; fiveMinutes < 11; fiveMinutes++) {
                    keySweeps.add(timed(() -> driver.advanceWallClockTime(Duration.ofMinutes(5))));
                }
                // on the hour: the history's sweep, which forgets the calls that ended an hour past the retention
                hourly.add(timed(() -> driver.advanceWallClockTime(Duration.ofMinutes(5))));
            }
            System.out.printf("over %,d requests: the five-minute key sweep %s ms; the hourly sweep (forgetting ~%d"
                    + " calls, and the key sweep) %s ms; %,d requests left%n", size, summary(keySweeps),
                    size / 90 / 24, summary(hourly), requests.approximateNumEntries());
        }
    }

    private static List<LineEvent> connectedAndEnded(String id, Instant at) {
        return List.of(new RequestOpened(UUID.randomUUID(), at, "default", id, SpokenReference.of(id).code(), "es",
                        Channel.SMS, Priority.EMERGENCY, "Pittsburgh Police", "Officer Diaz", PHONE, null,
                        "Spanish, a fall at the bus stop", "req-" + id),
                new OfferMade(UUID.randomUUID(), at.plusSeconds(1), "default", id, "offer-" + id, "int-1", "Ana Ruiz",
                        "+14125550999", "es", "Pittsburgh Police", Priority.EMERGENCY, null, Channel.SMS, PHONE, null,
                        "req-" + id, at.plusSeconds(41), 1),
                new RequestAssigned(UUID.randomUUID(), at.plusSeconds(9), "default", id, "offer-" + id, "int-1",
                        "Ana Ruiz", "es", Channel.SMS, PHONE, "req-" + id),
                new ParticipantJoined(UUID.randomUUID(), at.plusSeconds(12), "default", id, "req-" + id, "CF-" + id,
                        "CA-int-" + id, Party.INTERPRETER),
                new ConferenceEnded(UUID.randomUUID(), at.plusSeconds(600), "default", id, "req-" + id, "CF-" + id));
    }

    private static double timed(Runnable sweep) {
        long start = System.nanoTime();
        sweep.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static String summary(List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        return String.format("min %.0f, median %.0f, max %.0f", sorted.getFirst(), sorted.get(sorted.size() / 2),
                sorted.getLast());
    }
}
