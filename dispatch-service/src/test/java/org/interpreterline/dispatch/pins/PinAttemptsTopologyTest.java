package org.interpreterline.dispatch.pins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.interpreterline.dispatch.DispatchProperties.PinLockout;
import org.interpreterline.events.Topics;
import org.interpreterline.events.dispatch.PinAccepted;
import org.interpreterline.events.dispatch.PinAttempt;
import org.interpreterline.events.dispatch.PinRejected;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/** The PIN counts per calling number: the window, the lock-out, forgiveness, redelivery, forgetting. */
class PinAttemptsTopologyTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final PinLockout LIMITS = new PinLockout(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    private static final String CALLER = "a".repeat(64);
    private static final String OTHER = "b".repeat(64);

    private TopologyTestDriver driver;
    private TestInputTopic<String, PinAttempt> attempts;
    private KeyValueStore<String, PinAttempts> store;
    private Path stateDir;

    @BeforeEach
    void start() throws Exception {
        stateDir = Files.createTempDirectory("pin-attempts-test");
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "pin-attempts-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        Topology topology = new Topology();
        PinAttemptsTopology.addTo(topology, LIMITS);
        driver = new TopologyTestDriver(topology, config, T0);
        attempts = driver.createInputTopic(Topics.DISPATCH_PIN_ATTEMPTS.name(),
                Topics.DISPATCH_PIN_ATTEMPTS.keySerde().serializer(),
                Topics.DISPATCH_PIN_ATTEMPTS.valueSerde().serializer());
        store = driver.getKeyValueStore(PinAttemptsTopology.STORE);
    }

    @AfterEach
    void stop() throws Exception {
        driver.close();
        FileSystemUtils.deleteRecursively(stateDir);
    }

    @Test
    void fiveWrongPinsWithinFifteenMinutesLockTheNumberOutForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            wrong(CALLER, T0.plus(Duration.ofMinutes(3L * i)));
        }
        assertThat(store.get(CALLER).lockedAt(T0.plus(Duration.ofMinutes(10)))).isFalse();
        assertThat(store.get(CALLER).wrong()).hasSize(4);

        wrong(CALLER, T0.plus(Duration.ofMinutes(14)));

        PinAttempts locked = store.get(CALLER);
        assertThat(locked.lockedUntil()).isEqualTo(T0.plus(Duration.ofMinutes(29)));
        assertThat(locked.lockedAt(T0.plus(Duration.ofMinutes(28)))).isTrue();
        assertThat(locked.lockedAt(T0.plus(Duration.ofMinutes(29)))).isFalse();
        assertThat(store.get(OTHER)).isNull();
    }

    @Test
    void wrongPinsOlderThanTheWindowNoLongerCount() {
        for (int i = 0; i < 4; i++) {
            wrong(CALLER, T0.plus(Duration.ofMinutes(i)));
        }

        wrong(CALLER, T0.plus(Duration.ofMinutes(16)));

        assertThat(store.get(CALLER).lockedUntil()).isNull();
        assertThat(store.get(CALLER).wrong()).hasSize(3); // minutes 2, 3 and 16
    }

    @Test
    void aRedeliveredRejectionCountsOnce() {
        PinRejected once = new PinRejected(UUID.randomUUID(), T0, "default", CALLER, "CA1");
        for (int i = 0; i < 5; i++) {
            attempts.pipeInput("default", once);
        }

        assertThat(store.get(CALLER).wrong()).hasSize(1);
        assertThat(store.get(CALLER).lockedUntil()).isNull();
    }

    @Test
    void aRightPinForgivesTheWrongOnes_butNotALockOut() {
        for (int i = 0; i < 4; i++) {
            wrong(CALLER, T0.plusSeconds(i));
        }
        attempts.pipeInput("default", new PinAccepted(UUID.randomUUID(), T0.plusSeconds(10), "default", CALLER,
                "CA2", "Pittsburgh Police"));
        assertThat(store.get(CALLER).wrong()).isEmpty();
        for (int i = 0; i < 5; i++) {
            wrong(OTHER, T0.plusSeconds(i));
        }

        attempts.pipeInput("default", new PinAccepted(UUID.randomUUID(), T0.plusSeconds(10), "default", OTHER,
                "CA3", "Pittsburgh Police"));

        assertThat(store.get(OTHER).lockedAt(T0.plusSeconds(11))).isTrue();
    }

    @Test
    void numbersWithNothingLeftToCountAreForgotten() {
        wrong(CALLER, T0);
        for (int i = 0; i < 5; i++) {
            wrong(OTHER, T0.plus(Duration.ofMinutes(10)));
        }

        driver.advanceWallClockTime(Duration.ofMinutes(16));
        assertThat(store.get(CALLER)).isNull();
        assertThat(store.get(OTHER)).as("locked out until minute 25").isNotNull();

        driver.advanceWallClockTime(Duration.ofMinutes(10));
        assertThat(store.get(OTHER)).isNull();
    }

    private void wrong(String caller, Instant at) {
        attempts.pipeInput("default", new PinRejected(UUID.randomUUID(), at, "default", caller, "CA"));
    }
}
