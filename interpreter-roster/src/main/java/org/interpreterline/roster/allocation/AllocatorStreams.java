package org.interpreterline.roster.allocation;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.apache.kafka.streams.Topology;
import org.interpreterline.platform.kafka.KafkaTopicProperties;
import org.interpreterline.platform.streams.LineStreams;
import org.interpreterline.platform.streams.StreamsProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the allocator topology, with its companions (the coverage forecast's ledger), inside the roster service,
 * exactly-once, with its state in /actuator/health.
 */
@Configuration(proxyBeanMethods = false)
public class AllocatorStreams {

    @Bean("allocator")
    LineStreams allocator(RosterSettings settings, StreamsProperties streams, KafkaProperties kafka,
            KafkaTopicProperties topics, MeterRegistry registry, List<AllocatorCompanion> companions) {
        Topology topology = AllocatorTopology.build(settings.policy(), new OfferTally(registry));
        companions.forEach(companion -> companion.join(topology));
        return new LineStreams(topology, LineStreams.config(kafka, streams, topics));
    }
}
