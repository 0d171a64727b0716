package org.interpreterline.notification.kafka;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;

/**
 * Where the listener starts in a partition its group never committed: exactly where the start-up rebuild
 * stopped reading, so nothing is handled twice or missed between the two. Partitions with a committed offset
 * resume there as usual (the rebuild read only up to it).
 */
public class ResumePoints implements ConsumerAwareRebalanceListener {

    private final Map<TopicPartition, Long> uncommitted = new ConcurrentHashMap<>();

    void startAt(TopicPartition partition, long offset) {
        uncommitted.put(partition, offset);
    }

    /** Where the listener will start in a partition its group never committed, if the rebuild saw it. */
    Long startFor(TopicPartition partition) {
        return uncommitted.get(partition);
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (uncommitted.isEmpty() || partitions.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new HashSet<>(partitions));
        for (TopicPartition partition : partitions) {
            Long start = uncommitted.get(partition);
            if (start != null && committed.get(partition) == null) {
                consumer.seek(partition, start);
            }
        }
    }
}
