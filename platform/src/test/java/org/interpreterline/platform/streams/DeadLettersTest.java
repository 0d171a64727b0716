package org.interpreterline.platform.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.interpreterline.events.Topics;
import org.interpreterline.platform.kafka.DeadLetters;
import org.junit.jupiter.api.Test;

/** {@code line_dead_letters_total{service, topic}} for the Streams services: at zero from the start, then counted. */
class DeadLettersTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void aStreamsServiceExpectsDeadLettersForTheEventTopicsItReadsAndCountsThem() {
        Topology topology = new Topology();
        topology.addSource("dispatch", Serdes.String().deserializer(), Serdes.String().deserializer(),
                Topics.DISPATCH_EVENTS.name());
        topology.addSource("responders", Serdes.String().deserializer(), Serdes.String().deserializer(),
                Topics.DISPATCH_RESPONDERS.name());
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "dispatch-service");
        LineStreams streams = new LineStreams(topology, config);

        streams.bindTo(meters); // what Spring Boot does before the application starts
        assertThat(counts()).containsExactly(Map.entry("dispatch.events.dlt", 0.0)); // a table has no dead letters

        DeadLetterOnUnreadable handler = new DeadLetterOnUnreadable();
        handler.configure(Map.of(DeadLetters.CONFIG_KEY, config.get(DeadLetters.CONFIG_KEY)));
        DeserializationExceptionHandler.Response response = handler.handleError(null,
                record(Topics.DISPATCH_EVENTS.name(), "{"), new IllegalArgumentException("not JSON"));

        assertThat(response.deadLetterQueueRecords()).singleElement()
                .satisfies(r -> assertThat(r.topic()).isEqualTo("dispatch.events.dlt"));
        assertThat(counts()).containsExactly(Map.entry("dispatch.events.dlt", 1.0));
        assertThat(meters.get("line_dead_letters").counter().getId().getTag("service")).isEqualTo("dispatch-service");
    }

    @Test
    void withoutAMeterRegistryTheHandlerStillSetsRecordsAside() {
        DeadLetterOnUnreadable handler = new DeadLetterOnUnreadable();
        handler.configure(Map.of());

        DeserializationExceptionHandler.Response response = handler.handleError(null,
                record(Topics.ROSTER_EVENTS.name(), "x"), new IllegalArgumentException("not JSON"));

        assertThat(response.deadLetterQueueRecords()).hasSize(1);
    }

    private static ConsumerRecord<byte[], byte[]> record(String topic, String value) {
        return new ConsumerRecord<>(topic, 1, 7L, 1_700_000_000_000L, TimestampType.CREATE_TIME, 7,
                value.length(), "default".getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8),
                new RecordHeaders(), Optional.empty());
    }

    private Map<String, Double> counts() {
        Map<String, Double> counts = new LinkedHashMap<>();
        meters.find("line_dead_letters").counters().forEach(c -> counts.put(c.getId().getTag("topic"), c.count()));
        return counts;
    }
}
