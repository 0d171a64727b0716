package org.interpreterline.notification.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.interpreterline.events.Topics;
import org.interpreterline.events.notification.NotificationEvent;
import org.interpreterline.notification.NotificationProperties;
import org.interpreterline.platform.kafka.DeadLetters;
import org.interpreterline.platform.kafka.TopicPublisher;
import org.interpreterline.platform.streams.DeadLetterOnUnreadable;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The consumer of dispatch.events and roster.events (read_committed; a record it cannot read goes to
 * {@code <topic>.dlt} with the error in its headers and the listener carries on), the publisher of
 * notification.events, and the start-up rebuild that runs before both.
 */
@Configuration(proxyBeanMethods = false)
public class KafkaWiring {

    /** Its consumer's metrics (lag above all) go to /actuator/prometheus like those of the Streams services. */
    @Bean
    ConsumerFactory<String, Object> lineEventConsumers(KafkaProperties kafka, MeterRegistry registry) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // a partition the group never read starts where the rebuild stopped (ResumePoints); earliest covers a
        // partition the rebuild did not see
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        DefaultKafkaConsumerFactory<String, Object> consumers = new DefaultKafkaConsumerFactory<>(config,
                () -> new ErrorHandlingDeserializer<>(new StringDeserializer()),
                () -> new ErrorHandlingDeserializer<>(new LineEventDeserializer()));
        consumers.addListener(new MicrometerConsumerListener<>(registry));
        return consumers;
    }

    @Bean
    ResumePoints resumePoints() {
        return new ResumePoints();
    }

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, Object> kafkaListenerContainerFactory(
            ConsumerFactory<String, Object> consumers, DefaultErrorHandler lineErrorHandler, ResumePoints resume) {
        ConcurrentKafkaListenerContainerFactory<String, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(consumers);
        factory.setCommonErrorHandler(lineErrorHandler);
        // commit after every record: a restart replays as little as possible
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.RECORD);
        factory.getContainerProperties().setConsumerRebalanceListener(resume);
        return factory;
    }

    @Bean
    DefaultErrorHandler lineErrorHandler(KafkaTemplate<Object, Object> deadLetterTemplate, DeadLetters deadLetters,
            KafkaProperties kafka) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetterTemplate,
                (record, error) -> new TopicPartition(deadLetterTopic(record.topic()), record.partition()));
        List.of(Topics.DISPATCH_EVENTS, Topics.ROSTER_EVENTS).forEach(t -> deadLetters.expect(t.deadLetterName()));
        // the same header the Streams services write: several consumers dead-letter into one topic
        byte[] group = String.valueOf(kafka.getConsumer().getGroupId()).getBytes(StandardCharsets.UTF_8);
        recoverer.setHeadersFunction((record, error) -> new RecordHeaders(
                new Header[] {new RecordHeader(DeadLetterOnUnreadable.CONSUMER, group)}));
        // unreadable records are not retried at all (a deserialization error is fatal); a failing handler
        // gets two more tries before its record is parked, and is counted once the copy is on its way
        ConsumerAwareRecordRecoverer counted = (record, consumer, error) -> {
            recoverer.accept(record, consumer, error);
            deadLetters.sent(deadLetterTopic(record.topic()));
        };
        return new DefaultErrorHandler(counted, new FixedBackOff(500L, 2L));
    }

    private static String deadLetterTopic(String topic) {
        try {
            return Topics.named(topic).deadLetterName();
        } catch (IllegalArgumentException e) {
            return topic + ".dlt";
        }
    }

    @Bean
    ProducerFactory<Object, Object> deadLetterProducers(KafkaProperties kafka) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return new DefaultKafkaProducerFactory<>(config, new DeadLetterValues(), new DeadLetterValues());
    }

    @Bean
    KafkaTemplate<Object, Object> deadLetterTemplate(ProducerFactory<Object, Object> deadLetterProducers) {
        return new KafkaTemplate<>(deadLetterProducers);
    }

    @Bean
    TopicPublisher<String, NotificationEvent> notificationPublisher(KafkaProperties kafka) {
        return new TopicPublisher<>(Topics.NOTIFICATION_EVENTS, kafka.buildProducerProperties());
    }

    @Bean
    NotificationEvents notificationEvents(TopicPublisher<String, NotificationEvent> notificationPublisher) {
        return new KafkaNotificationEvents(notificationPublisher);
    }

    @Bean
    StateRebuild stateRebuild(KafkaProperties kafka, KafkaAdmin admin, EventMemory memory, ResumePoints resume,
            NotificationProperties props, Clock clock) {
        Map<String, Object> consumer = kafka.buildConsumerProperties();
        return new StateRebuild(consumer, admin.getConfigurationProperties(),
                String.valueOf(consumer.get(ConsumerConfig.GROUP_ID_CONFIG)), memory, resume, props, clock);
    }
}
