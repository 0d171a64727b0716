package org.interpreterline.line;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * A line's topics read raw, from their start to their current end, as any consumer outside the line could read them
 * (uncommitted records too): what is really in Kafka, whatever the services say.
 */
final class RawTopics {

    private final String bootstrapServers;

    RawTopics(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Every topic on the broker: the line's own, their dead letters and the Streams changelogs. */
    List<String> names() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            return admin.listTopics(new ListTopicsOptions().listInternal(false)).names().get().stream().sorted()
                    .toList();
        }
    }

    /** Every value ever written and still in the log (tombstones left out). */
    List<byte[]> allValues(String topic) {
        List<byte[]> values = new ArrayList<>();
        read(topic, r -> {
            if (r.value() != null) {
                values.add(r.value());
            }
        });
        return values;
    }

    /** The latest value of each key as a reader of the compacted topic sees it (null: deleted). */
    Map<String, byte[]> latestValues(String topic) {
        Map<String, byte[]> latest = new HashMap<>();
        read(topic, r -> latest.put(new String(r.key(), StandardCharsets.UTF_8), r.value()));
        return latest;
    }

    private void read(String topic, Consumer<ConsumerRecord<byte[], byte[]>> each) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.key() != null || r.value() != null) {
                        each.accept(r);
                    }
                }
            }
        }
    }
}
