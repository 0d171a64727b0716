package org.interpreterline.notification;

import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.interpreterline.events.Topics;
import org.interpreterline.events.dispatch.DispatchEvent;
import org.interpreterline.events.notification.NotificationEvent;
import org.interpreterline.events.roster.RosterEvent;

/** Plays dispatch-service and the roster in integration tests: writes their topics as they would. */
public final class EventPlayer implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public EventPlayer(String bootstrapServers) {
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new ByteArraySerializer());
    }

    public RecordMetadata roster(RosterEvent event) {
        return send(Topics.ROSTER_EVENTS.name(), event.rosterId(),
                Topics.ROSTER_EVENTS.valueSerde().serializer().serialize(Topics.ROSTER_EVENTS.name(), event));
    }

    public RecordMetadata dispatch(DispatchEvent event) {
        return send(Topics.DISPATCH_EVENTS.name(), event.rosterId(),
                Topics.DISPATCH_EVENTS.valueSerde().serializer().serialize(Topics.DISPATCH_EVENTS.name(), event));
    }

    /** What a previous run of this service reported. */
    public RecordMetadata notification(NotificationEvent event) {
        return send(Topics.NOTIFICATION_EVENTS.name(), event.rosterId(), Topics.NOTIFICATION_EVENTS.valueSerde()
                .serializer().serialize(Topics.NOTIFICATION_EVENTS.name(), event));
    }

    /** Anything at all, e.g. bytes no consumer can read. */
    public void raw(String topic, String key, byte[] value) {
        send(topic, key, value);
    }

    private RecordMetadata send(String topic, String key, byte[] value) {
        try {
            return producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not write " + topic, e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
