package org.interpreterline.roster.allocation;

import java.util.Map;
import org.interpreterline.platform.kafka.KafkaTopicProperties;
import org.interpreterline.platform.streams.LineStreams;
import org.interpreterline.platform.streams.StreamsProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Runs the allocator topology inside the roster service, exactly-once, with its state in /actuator/health. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StreamsProperties.class)
public class AllocatorStreams {

    @Bean("allocator")
    LineStreams allocator(RosterSettings settings, StreamsProperties streams, KafkaProperties kafka,
            KafkaTopicProperties topics) {
        String bootstrap = String.join(",", kafka.getBootstrapServers());
        return new LineStreams(AllocatorTopology.build(settings.policy()),
                LineStreams.config(bootstrap, streams, topics.replicationFactor(), Map.of()));
    }
}
