package org.interpreterline.notification.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.interpreterline.events.Topics;
import org.interpreterline.events.calls.CallFact;
import org.interpreterline.notification.NotificationProperties;
import org.interpreterline.notification.calls.CallBook;
import org.interpreterline.notification.calls.CallBookUnavailable;
import org.interpreterline.notification.calls.CallFacts;
import org.interpreterline.notification.calls.PhoneWork;
import org.interpreterline.notification.desk.CallDeskTopology;
import org.interpreterline.notification.residents.ResidentDialling;
import org.interpreterline.platform.sealing.NumberSeal;
import org.interpreterline.platform.kafka.KafkaTopicProperties;
import org.interpreterline.platform.kafka.TopicPublisher;
import org.interpreterline.platform.streams.LineStreams;
import org.interpreterline.platform.streams.StreamsProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * notification-service's Kafka: the call desk topology run exactly-once ({@code callDesk} in /actuator/health),
 * the webhooks' read access to its stores, and the publisher of the facts they learn.
 */
@Configuration(proxyBeanMethods = false)
public class CallDeskStreams {

    @Bean("callDesk")
    LineStreams callDesk(NotificationProperties props, PhoneWork phones, ResidentDialling residents,
            MeterRegistry registry, KafkaProperties kafka, StreamsProperties streams, KafkaTopicProperties topics) {
        // the platform's exactly-once settings with its standby replica and failover timeouts: a ringing interpreter's
        // key press must not be lost when an instance dies
        return new LineStreams(CallDeskTopology.build(props, phones, residents, registry),
                LineStreams.config(kafka, streams, topics));
    }

    @Bean
    CallBook callBook(LineStreams callDesk, NotificationProperties props) {
        return new CallBook(new CallBook.Stores() {
            @Override
            public <V> ReadOnlyKeyValueStore<String, V> store(String name) {
                KafkaStreams.State state = callDesk.state();
                if (state != KafkaStreams.State.RUNNING) {
                    // fail at once: a webhook holds the caller a second and asks again, it does not wait here
                    throw new CallBookUnavailable("the call desk is " + state, null);
                }
                return callDesk.store(name, QueryableStoreTypes.keyValueStore());
            }
        }, props.rosterId());
    }

    /** The keys of added residents' numbers, read from dispatch.resident-keys as they are written and destroyed. */
    @Bean(destroyMethod = "close")
    KafkaResidentKeys residentKeys(KafkaProperties kafka, NumberSeal seal) {
        return new KafkaResidentKeys(kafka, seal);
    }

    @Bean(destroyMethod = "close")
    TopicPublisher<String, CallFact> callFactsTopic(KafkaProperties kafka) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        // a webhook must never hang on missing metadata while the broker is away
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "notification-calls");
        return new TopicPublisher<>(Topics.NOTIFICATION_CALLS, config);
    }

    @Bean
    CallFacts callFacts(TopicPublisher<String, CallFact> callFactsTopic, NotificationProperties props) {
        return new KafkaCallFacts(callFactsTopic, props.publishAckTimeout());
    }
}
