package org.interpreterline.dispatch.kafka;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.Topology;
import org.interpreterline.dispatch.presence.InterpreterTable;
import org.interpreterline.dispatch.requests.RequestRecordTopology;
import org.interpreterline.dispatch.requests.RequestWatcher;
import org.interpreterline.dispatch.responders.ResponderTable;
import org.interpreterline.events.Topics;
import org.interpreterline.events.dispatch.DispatchEvent;
import org.interpreterline.events.dispatch.Responder;
import org.interpreterline.platform.kafka.KafkaTopicProperties;
import org.interpreterline.platform.kafka.TopicPublisher;
import org.interpreterline.platform.streams.LineStreams;
import org.interpreterline.platform.streams.StreamsProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * dispatch-service's Kafka: publishers for the two topics it owns, and one Streams instance for the request
 * record and the global tables the webhooks look phones up in ({@code requestRecord} in /actuator/health).
 */
@Configuration(proxyBeanMethods = false)
public class DispatchKafka {

    @Bean
    TopicPublisher<String, DispatchEvent> dispatchEvents(KafkaProperties kafka) {
        return new TopicPublisher<>(Topics.DISPATCH_EVENTS, producerConfig(kafka, "dispatch-events"));
    }

    @Bean
    TopicPublisher<String, Responder> respondersTopic(KafkaProperties kafka) {
        return new TopicPublisher<>(Topics.DISPATCH_RESPONDERS, producerConfig(kafka, "dispatch-responders"));
    }

    @Bean("requestRecord")
    LineStreams requestRecordStreams(KafkaProperties kafka, KafkaTopicProperties topics, StreamsProperties streams,
            List<RequestWatcher> watchers) {
        return new LineStreams(topology(RequestWatcher.all(watchers)), streamsConfig(kafka, topics, streams));
    }

    /** The request record, and the tables it hosts for look-ups. */
    public static Topology topology(RequestWatcher watcher) {
        Topology topology = new Topology();
        RequestRecordTopology.addTo(topology, watcher);
        ResponderTable.addTo(topology);
        InterpreterTable.addTo(topology);
        return topology;
    }

    static Properties streamsConfig(KafkaProperties kafka, KafkaTopicProperties topics, StreamsProperties streams) {
        return LineStreams.config(kafka, streams, topics);
    }

    private static Map<String, Object> producerConfig(KafkaProperties kafka, String clientId) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        // a webhook must never hang on missing metadata while the broker is away
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        return config;
    }
}
