package org.interpreterline.platform.kafka;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the line's topics are created. Every event topic gets the same partition count so that a roster's
 * events (keyed by rosterId) land in the same partition number of each, which the Streams topologies need.
 *
 * @param partitions        partitions of every line topic
 * @param replicationFactor copies of every line topic and of the Streams internal topics: 3 on a cluster of three
 *                          brokers, 1 on a development broker
 * @param minInsyncReplicas copies a write must reach before it counts; unset: one less than the replication
 *                          factor (at least 1), so 3 copies take writes while one broker is away
 */
@Validated
@ConfigurationProperties("line.kafka")
public record KafkaTopicProperties(@Min(1) @Max(256) int partitions, @Min(1) @Max(5) short replicationFactor,
        @Min(1) @Max(5) Integer minInsyncReplicas) {

    /** The {@code min.insync.replicas} of every line topic and Streams internal topic. */
    public int minInsync() {
        return minInsyncReplicas != null ? minInsyncReplicas : Math.max(1, replicationFactor - 1);
    }

    @AssertTrue(message = "min-insync-replicas must not exceed replication-factor: no write could ever succeed")
    public boolean isMinInsyncReachable() {
        return minInsync() <= replicationFactor;
    }
}
