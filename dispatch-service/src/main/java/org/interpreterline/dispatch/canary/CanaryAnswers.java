package org.interpreterline.dispatch.canary;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.interpreterline.events.Topics;
import org.interpreterline.events.roster.CanaryChecked;
import org.interpreterline.events.roster.RosterEvent;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

/**
 * Where a run of the canary hears the roster's answers: {@code roster.events} read from its end as it was just
 * before the run's texts went out (committed records only, as the line's own readers see them). One listener per
 * run; no consumer group, nothing committed.
 */
final class CanaryAnswers implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Deserializer<RosterEvent> events = Topics.ROSTER_EVENTS.valueSerde().deserializer();

    /** @throws org.apache.kafka.common.errors.TimeoutException when the broker cannot be reached within {@code wait} */
    CanaryAnswers(KafkaProperties kafka, Duration wait) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "dispatch-line-canary");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) wait.toMillis());
        consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ROSTER_EVENTS.name(), wait).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(p -> consumer.position(p, wait)); // fixes "the end" now, before the texts go out
        } catch (RuntimeException e) {
            consumer.close(Duration.ZERO);
            throw e;
        }
    }

    /**
     * The answers to the given canaries that arrive before {@code deadline}, by canary id; returns as soon as
     * every one is answered.
     */
    Map<String, CanaryChecked> await(Set<String> canaryIds, Instant deadline) {
        Map<String, CanaryChecked> answers = new HashMap<>();
        while (answers.size() < canaryIds.size() && Instant.now().isBefore(deadline)) {
            Duration left = Duration.between(Instant.now(), deadline);
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(left.compareTo(Duration.ofMillis(200)) < 0
                    ? left : Duration.ofMillis(200))) {
                RosterEvent event;
                try {
                    event = record.value() == null ? null : events.deserialize(record.topic(), record.value());
                } catch (RuntimeException unreadable) {
                    continue; // the line's own readers deal with it (dead letters)
                }
                if (event instanceof CanaryChecked checked && canaryIds.contains(checked.canaryId())) {
                    answers.put(checked.canaryId(), checked);
                }
            }
        }
        return answers;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(1));
    }
}
