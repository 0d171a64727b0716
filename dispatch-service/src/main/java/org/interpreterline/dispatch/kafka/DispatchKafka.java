package org.interpreterline.dispatch.kafka;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.Topology;
import org.interpreterline.dispatch.DispatchProperties;
import org.interpreterline.dispatch.intake.TakenTextsTable;
import org.interpreterline.dispatch.pins.PinAttemptsTopology;
import org.interpreterline.dispatch.presence.InterpreterTable;
import org.interpreterline.dispatch.requests.HistoryRetention;
import org.interpreterline.dispatch.requests.RequestRecordTopology;
import org.interpreterline.dispatch.requests.RequestWatcher;
import org.interpreterline.dispatch.responders.ResponderBook;
import org.interpreterline.dispatch.responders.ResponderTable;
import org.interpreterline.events.Topics;
import org.interpreterline.events.dispatch.DispatchEvent;
import org.interpreterline.events.dispatch.LanguageCard;
import org.interpreterline.events.dispatch.PinAttempt;
import org.interpreterline.events.dispatch.ResponderCommand;
import org.interpreterline.events.dispatch.ResidentKey;
import org.interpreterline.platform.kafka.KafkaTopicProperties;
import org.interpreterline.platform.kafka.TopicPublisher;
import org.interpreterline.platform.streams.LineStreams;
import org.interpreterline.platform.streams.StreamsProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * dispatch-service's Kafka: publishers for the topics it owns, and one Streams instance for the request record,
 * the PIN counts and the global tables the webhooks look phones up in ({@code requestRecord} in /actuator/health).
 */
@Configuration(proxyBeanMethods = false)
public class DispatchKafka {

    @Bean
    TopicPublisher<String, DispatchEvent> dispatchEvents(KafkaProperties kafka) {
        return new TopicPublisher<>(Topics.DISPATCH_EVENTS, producerConfig(kafka, "dispatch-events"));
    }

    @Bean
    TopicPublisher<String, PinAttempt> pinAttemptsTopic(KafkaProperties kafka) {
        return new TopicPublisher<>(Topics.DISPATCH_PIN_ATTEMPTS, producerConfig(kafka, "dispatch-pin-attempts"));
    }

    @Bean
    TopicPublisher<String, ResponderCommand> responderCommands(KafkaProperties kafka) {
        return new TopicPublisher<>(Topics.DISPATCH_RESPONDER_COMMANDS,
                producerConfig(kafka, "dispatch-responder-commands"));
    }

    /** The keys of residents' sealed numbers: written by the ADD webhook (the request record tombstones them). */
    @Bean(destroyMethod = "close")
    TopicPublisher<String, ResidentKey> residentKeys(KafkaProperties kafka) {
        return new TopicPublisher<>(Topics.DISPATCH_RESIDENT_KEYS, producerConfig(kafka, "dispatch-resident-keys"));
    }

    @Bean
    TopicPublisher<String, LanguageCard> languageCardsTopic(KafkaProperties kafka) {
        return new TopicPublisher<>(Topics.DISPATCH_LANGUAGE_CARDS, producerConfig(kafka, "dispatch-language-cards"));
    }

    @Bean("requestRecord")
    LineStreams requestRecordStreams(KafkaProperties kafka, KafkaTopicProperties topics, StreamsProperties streams,
            List<RequestWatcher> watchers, DispatchProperties props, HistoryRetention history) {
        return new LineStreams(topology(RequestWatcher.all(watchers), props.pinLockout(), history),
                streamsConfig(kafka, topics, streams));
    }

    /**
     * The request record with the texts it has taken, the PIN counts, the responder book (the one writer of the
     * responders table), and the tables it hosts for look-ups.
     *
     * @param pinLockout how many wrong PINs lock a number out, and for how long
     * @param history    how long the request record keeps a request
     */
    public static Topology topology(RequestWatcher watcher, DispatchProperties.PinLockout pinLockout,
            HistoryRetention history) {
        Topology topology = new Topology();
        RequestRecordTopology.addTo(topology, watcher, history);
        TakenTextsTable.addTo(topology, history);
        PinAttemptsTopology.addTo(topology, pinLockout);
        ResponderTable.addTo(topology);
        ResponderBook.addTo(topology);
        InterpreterTable.addTo(topology);
        LanguageCardShelf.addTo(topology);
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
