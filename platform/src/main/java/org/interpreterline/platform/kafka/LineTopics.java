package org.interpreterline.platform.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.interpreterline.events.Topic;
import org.interpreterline.events.Topics;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Every service declares every topic of the {@link Topics} registry and its dead-letter topic, so the line
 * starts in any order. A topic that exists keeps its partitions and replicas (raise its replication with Kafka's
 * reassignment tool) but gets the declared settings ({@code spring.kafka.admin.modify-topic-configs}): a retention
 * changed in the settings reaches the topics at the next start.
 */
public final class LineTopics {

    private LineTopics() {
    }

    public static KafkaAdmin.NewTopics declarations(KafkaTopicProperties props) {
        return new KafkaAdmin.NewTopics(topics(props).toArray(NewTopic[]::new));
    }

    static List<NewTopic> topics(KafkaTopicProperties props) {
        List<NewTopic> topics = new ArrayList<>();
        for (Topic<?, ?> topic : Topics.all()) {
            TopicBuilder builder = TopicBuilder.name(topic.name())
                    .partitions(props.partitions())
                    .replicas(props.replicationFactor())
                    .config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(props.minInsync()));
            if (topic == Topics.DISPATCH_RESIDENT_KEYS) {
                residentKeys(builder);
            } else if (topic.compacted()) {
                builder.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
            } else {
                Duration retention = topic == Topics.LINE_AUDIT ? props.auditRetention() : props.eventRetention();
                builder.config(TopicConfig.RETENTION_MS_CONFIG, Long.toString(retention.toMillis()));
            }
            topics.add(builder.build());
            // a dead letter is a copy of an event: it is forgotten with the events
            topics.add(TopicBuilder.name(topic.deadLetterName())
                    .partitions(props.partitions())
                    .replicas(props.replicationFactor())
                    .config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(props.minInsync()))
                    .config(TopicConfig.RETENTION_MS_CONFIG, Long.toString(props.eventRetention().toMillis()))
                    .build());
        }
        return topics;
    }

    /**
     * Crypto-shredding is only as good as the compaction that removes a destroyed key's record: the segment rolls
     * within {@link #RESIDENT_KEYS_CLEANUP}, the cleaner takes it however little of the log is dirty, and the
     * tombstone itself goes the same span later (README, What the line keeps).
     */
    private static void residentKeys(TopicBuilder builder) {
        String cleanup = Long.toString(RESIDENT_KEYS_CLEANUP.toMillis());
        builder.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                .config(TopicConfig.SEGMENT_MS_CONFIG, cleanup)
                .config(TopicConfig.MAX_COMPACTION_LAG_MS_CONFIG, cleanup)
                .config(TopicConfig.DELETE_RETENTION_MS_CONFIG, cleanup)
                .config(TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG, "0.01");
    }

    /** How long a destroyed resident key's record may stay in the broker's log before compaction removes it. */
    public static final Duration RESIDENT_KEYS_CLEANUP = Duration.ofMinutes(10);
}
