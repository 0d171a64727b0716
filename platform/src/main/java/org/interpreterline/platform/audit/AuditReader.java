package org.interpreterline.platform.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.interpreterline.events.Topics;
import org.interpreterline.events.audit.AdminRequestServed;
import org.interpreterline.events.audit.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the audit trail from {@code line.audit} for the auditor: a consumer of its own per read, in no group (it
 * commits nothing and moves nobody's offsets), that starts at the first entry written at {@code from} and reads
 * to the topic's end as it was when the read began. Keeps only the newest {@code limit} entries in memory.
 */
final class AuditReader {

    /** What one read found: the newest entries, newest first, and how many matched in all. */
    record Found(List<AdminRequestServed> newest, int matched) {
    }

    private static final Logger log = LoggerFactory.getLogger(AuditReader.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final Map<String, Object> consumerConfig;
    private final Duration patience;
    private final Clock clock;

    AuditReader(Map<String, Object> consumerProperties, Duration patience, Clock clock) {
        Map<String, Object> config = new HashMap<>(consumerProperties);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "audit-reader");
        this.consumerConfig = config;
        this.patience = patience;
        this.clock = clock;
    }

    /**
     * @param user only this user's entries; everyone's when null
     * @throws AuditUnreadable when the topic could not be read to its end within the patience
     */
    Found read(Instant from, Instant to, String user, int limit) {
        Comparator<AdminRequestServed> oldestFirst = Comparator.comparing(AdminRequestServed::occurredAt);
        PriorityQueue<AdminRequestServed> newest = new PriorityQueue<>(oldestFirst);
        int matched = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig,
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<PartitionInfo> infos = consumer.partitionsFor(Topics.LINE_AUDIT.name(), patience);
            List<TopicPartition> partitions = infos.stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            if (partitions.isEmpty()) {
                return new Found(List.of(), 0);
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, patience);
            Map<TopicPartition, Long> since = new HashMap<>();
            partitions.forEach(p -> since.put(p, from.toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(since, patience);
            List<TopicPartition> unread = new ArrayList<>();
            for (TopicPartition partition : partitions) {
                OffsetAndTimestamp start = starts.get(partition);
                if (start != null && start.offset() < ends.get(partition)) {
                    consumer.seek(partition, start.offset());
                    unread.add(partition);
                }
            }
            Instant deadline = clock.instant().plus(patience);
            while (!unread.isEmpty()) {
                if (clock.instant().isAfter(deadline)) {
                    throw new AuditUnreadable("line.audit could not be read to its end within " + patience);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    if (record.offset() >= ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue; // written after the read began
                    }
                    AuditEvent event = readable(record);
                    if (event instanceof AdminRequestServed served && !served.occurredAt().isBefore(from)
                            && served.occurredAt().isBefore(to) && (user == null || user.equals(served.user()))) {
                        matched++;
                        newest.add(served);
                        if (newest.size() > limit) {
                            newest.poll();
                        }
                    }
                }
                unread.removeIf(p -> consumer.position(p) >= ends.get(p));
            }
        }
        return new Found(newest.stream().sorted(oldestFirst.reversed()).toList(), matched);
    }

    private static AuditEvent readable(ConsumerRecord<byte[], byte[]> record) {
        try {
            return Topics.LINE_AUDIT.valueSerde().deserializer().deserialize(record.topic(), record.value());
        } catch (RuntimeException unreadable) {
            log.warn("Audit entry at {}-{} offset {} is unreadable and left out: {}", record.topic(),
                    record.partition(), record.offset(), unreadable.getMessage());
            return null;
        }
    }

    /** The audit trail could not be read in time (the brokers are unreachable or slow). */
    static final class AuditUnreadable extends RuntimeException {
        AuditUnreadable(String message) {
            super(message);
        }
    }
}
