package org.interpreterline.line;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A bad producer for the line's topics (writes bytes no event serde can read), and a reader of the dead-letter
 * topics that tells which consumer gave up on which record.
 */
final class DeadLetters {

    /** The headers the line's consumers write (platform's DeadLetterOnUnreadable, notification's error handler). */
    static final String CONSUMER = "line.consumer";
    static final String ERROR = "line.error.message";
    static final String SPRING_ERROR = "kafka_dlt-exception-message";

    /** One record on a {@code .dlt} topic: its value as text, and who put it there. */
    record Letter(String topic, String value, String consumer, String error) {
    }

    private final String bootstrapServers;

    DeadLetters(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Writes {@code value} as it is, keyed like the line's own events (the roster id). */
    void writeGarbage(String topic, String value) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, "default", value.getBytes(StandardCharsets.UTF_8))).get();
        }
    }

    /** Everything on these dead-letter topics now (committed records only). */
    List<Letter> read(List<String> topics) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "dead-letters-" + UUID.randomUUID());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<Letter> letters = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            topics.forEach(t -> consumer.partitionsFor(t).forEach(p -> partitions.add(
                    new TopicPartition(p.topic(), p.partition()))));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    letters.add(new Letter(r.topic(), r.value() == null ? null
                            : new String(r.value(), StandardCharsets.UTF_8), header(r, CONSUMER),
                            header(r, ERROR) != null ? header(r, ERROR) : header(r, SPRING_ERROR)));
                }
            }
        }
        return letters;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
