package org.interpreterline.notification.kafka;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.interpreterline.events.LineEvent;
import org.interpreterline.events.Topic;
import org.interpreterline.events.Topics;
import org.interpreterline.notification.NotificationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Kafka is the system of record: before the listener and the webhooks start, reads dispatch.events and
 * roster.events from the look-back window up to where the listener will resume (the group's committed
 * offset, or the end for a group that never committed), and its own notification.events to the end, and
 * rebuilds the offers and requests in flight. A restart therefore neither forgets a live offer, nor dials
 * one a second time, nor reports an answer twice.
 */
public class StateRebuild implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StateRebuild.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    /** What the listener consumes: read up to where it resumes. */
    private static final List<Topic<String, ?>> CONSUMED = List.of(Topics.DISPATCH_EVENTS, Topics.ROSTER_EVENTS);
    /** What this service wrote itself: read to the end, for the outcomes it already reported. */
    private static final Topic<String, ?> OWN = Topics.NOTIFICATION_EVENTS;

    private final Map<String, Object> consumerConfig;
    private final Map<String, Object> adminConfig;
    private final String groupId;
    private final EventMemory memory;
    private final ResumePoints resumePoints;
    private final NotificationProperties props;
    private final Clock clock;
    private volatile boolean running;

    public StateRebuild(Map<String, Object> consumerConfig, Map<String, Object> adminConfig, String groupId,
            EventMemory memory, ResumePoints resumePoints, NotificationProperties props, Clock clock) {
        this.consumerConfig = consumerConfig;
        this.adminConfig = adminConfig;
        this.groupId = groupId;
        this.memory = memory;
        this.resumePoints = resumePoints;
        this.props = props;
        this.clock = clock;
    }

    /** Before the web server and the listener containers start. */
    @Override
    public int getPhase() {
        return 0;
    }

    /**
     * Blocks start-up until the state is rebuilt: without it, the webhooks would tell interpreters on live
     * offers that they are no longer needed. A broker that is still starting (the local stack) is waited for;
     * one that stays away fails the start, and the platform restarts the service.
     */
    @Override
    public void start() {
        long started = System.nanoTime();
        long giveUp = started + PATIENCE.toNanos();
        while (true) {
            try {
                int applied = rebuild();
                log.info("Rebuilt state from {} events of the last {} in {} ms", applied, props.lookBack(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
                running = true;
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while rebuilding the line's state from Kafka", e);
            } catch (Exception e) {
                if (System.nanoTime() > giveUp) {
                    throw new IllegalStateException("Could not rebuild the line's state from Kafka: " + e.getMessage(),
                            e);
                }
                log.warn("Could not rebuild the line's state from Kafka yet ({}); trying again", e.getMessage());
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding the line's state from Kafka", e);
        }
    }

    int rebuild() throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed;
        try (Admin admin = Admin.create(adminConfig)) {
            committed = admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata()
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "notification-rebuild");
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                     new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (Topic<String, ?> topic : CONSUMED) {
                partitions.addAll(partitionsOf(consumer, topic));
            }
            List<TopicPartition> own = partitionsOf(consumer, OWN);
            partitions.addAll(own);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, TIMEOUT);
            Map<TopicPartition, Long> since = new HashMap<>();
            long from = clock.instant().minus(props.lookBack()).toEpochMilli();
            partitions.forEach(p -> since.put(p, from));
            Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(since, TIMEOUT);
            Map<TopicPartition, Long> stops = new HashMap<>();
            Map<TopicPartition, Long> seekTo = new HashMap<>();
            for (TopicPartition partition : partitions) {
                long end = ends.getOrDefault(partition, 0L);
                OffsetAndMetadata done = own.contains(partition) ? null : committed.get(partition);
                long stop = done == null ? end : Math.min(done.offset(), end);
                if (done == null && !own.contains(partition)) {
                    resumePoints.startAt(partition, end);
                }
                OffsetAndTimestamp start = starts.get(partition);
                long first = start == null ? end : start.offset();
                if (first < stop) {
                    stops.put(partition, stop);
                    seekTo.put(partition, first);
                }
            }
            if (!stops.isEmpty()) {
                records.addAll(read(consumer, seekTo, stops));
            }
        }
        // the two topics interleave in time: RequestOpened before the roster's events about it
        records.sort(Comparator.<ConsumerRecord<byte[], byte[]>>comparingLong(ConsumerRecord::timestamp));
        int applied = 0;
        for (ConsumerRecord<byte[], byte[]> record : records) {
            LineEvent event = decode(record);
            if (event != null && props.serves(event.rosterId())) {
                memory.recall(event);
                applied++;
            }
        }
        return applied;
    }

    private static List<TopicPartition> partitionsOf(KafkaConsumer<?, ?> consumer, Topic<String, ?> topic) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo info : consumer.partitionsFor(topic.name(), TIMEOUT)) {
            partitions.add(new TopicPartition(info.topic(), info.partition()));
        }
        return partitions;
    }

    private static List<ConsumerRecord<byte[], byte[]>> read(KafkaConsumer<byte[], byte[]> consumer,
            Map<TopicPartition, Long> seekTo, Map<TopicPartition, Long> stops) {
        consumer.assign(stops.keySet());
        seekTo.forEach(consumer::seek);
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (stops.entrySet().stream().anyMatch(e -> consumer.position(e.getKey(), TIMEOUT) < e.getValue())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the rebuild did not reach the resume offsets " + stops);
            }
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                Long stop = stops.get(new TopicPartition(record.topic(), record.partition()));
                if (stop != null && record.offset() < stop) {
                    records.add(record);
                }
            }
        }
        return records;
    }

    private static LineEvent decode(ConsumerRecord<byte[], byte[]> record) {
        try {
            Object value = Topics.named(record.topic()).valueSerde().deserializer()
                    .deserialize(record.topic(), record.value());
            return value instanceof LineEvent event ? event : null;
        } catch (RuntimeException e) {
            // unreadable: the listener sent it to the dead-letter topic when it met it
            return null;
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
