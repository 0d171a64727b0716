package org.interpreterline.dispatch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.interpreterline.events.Topic;
import org.interpreterline.events.Topics;
import org.interpreterline.events.dispatch.DispatchEvent;
import org.interpreterline.testkit.TestBroker;

/** Reads what dispatch-service published and plays the other services' part, on the real broker. */
public final class LineTopicsTap {

    private LineTopicsTap() {
    }

    /** Waits up to {@code timeout} for the first dispatch event matching {@code wanted}. */
    public static DispatchEvent awaitDispatchEvent(Predicate<DispatchEvent> wanted, Duration timeout) {
        return awaitOn(Topics.DISPATCH_EVENTS, wanted, timeout);
    }

    /** Waits up to {@code timeout} for the first record of {@code topic} matching {@code wanted}. */
    public static <V> V awaitOn(Topic<String, V> topic, Predicate<V> wanted, Duration timeout) {
        List<V> found = read(topic, wanted, timeout, true);
        if (found.isEmpty()) {
            throw new AssertionError("no matching record on " + topic.name() + " within " + timeout);
        }
        return found.getFirst();
    }

    /** Every dispatch event matching {@code wanted}, read for {@code period} (to prove something did not happen). */
    public static List<DispatchEvent> dispatchEvents(Predicate<DispatchEvent> wanted, Duration period) {
        return read(Topics.DISPATCH_EVENTS, wanted, period, false);
    }

    /** Every record of {@code topic} matching {@code wanted}, read for {@code period}. */
    public static <V> List<V> readFor(Topic<String, V> topic, Predicate<V> wanted, Duration period) {
        return read(topic, wanted, period, false);
    }

    private static <V> List<V> read(Topic<String, V> topic, Predicate<V> wanted, Duration period,
            boolean firstOnly) {
        List<V> found = new ArrayList<>();
        // raw bytes: a test may have put an unreadable record on the topic on purpose
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestBroker.shared().bootstrapServers(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                Topics.bytes().deserializer(), Topics.bytes().deserializer())) {
            // assigned, not subscribed: no group to join, the first poll already reads
            consumer.assign(consumer.partitionsFor(topic.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList());
            consumer.seekToBeginning(consumer.assignment());
            long until = System.nanoTime() + period.toNanos();
            while (System.nanoTime() < until && !(firstOnly && !found.isEmpty())) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    V value = readable(topic, record.value());
                    if (value != null && wanted.test(value)) {
                        found.add(value);
                    }
                }
            }
        }
        return found;
    }

    private static <V> V readable(Topic<String, V> topic, byte[] value) {
        try {
            return topic.valueSerde().deserializer().deserialize(topic.name(), value);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    public static <V> void publish(Topic<String, V> topic, String key, V value) {
        try (KafkaProducer<String, V> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestBroker.shared().bootstrapServers()),
                topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(topic.name(), key, value)).get();
        } catch (Exception e) {
            throw new AssertionError("could not publish to " + topic.name(), e);
        }
    }

    public static void publishRaw(String topic, String key, byte[] value) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestBroker.shared().bootstrapServers()),
                Topics.bytes().serializer(), Topics.bytes().serializer())) {
            producer.send(new ProducerRecord<>(topic, key.getBytes(), value)).get();
        } catch (Exception e) {
            throw new AssertionError("could not publish to " + topic, e);
        }
    }
}
