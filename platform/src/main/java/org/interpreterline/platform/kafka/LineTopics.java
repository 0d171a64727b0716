package org.interpreterline.platform.kafka;

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
 * starts in any order; creating a topic that exists is a no-op.
 */
public final class LineTopics {

    private LineTopics() {
    }

    public static KafkaAdmin.NewTopics declarations(KafkaTopicProperties props) {
        List<NewTopic> topics = new ArrayList<>();
        for (Topic<?, ?> topic : Topics.all()) {
            TopicBuilder builder = TopicBuilder.name(topic.name())
                    .partitions(props.partitions())
                    .replicas(props.replicationFactor());
            if (topic.compacted()) {
                builder.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
            }
            topics.add(builder.build());
            topics.add(TopicBuilder.name(topic.deadLetterName())
                    .partitions(props.partitions())
                    .replicas(props.replicationFactor())
                    .build());
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }
}
