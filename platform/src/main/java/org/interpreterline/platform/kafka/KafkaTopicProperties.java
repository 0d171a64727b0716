package org.interpreterline.platform.kafka;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
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
 * @param eventRetention    how long the event and command topics and every dead-letter topic keep a record
 *                          ({@code retention.ms}): the request history's retention, so that what the history forgets
 *                          does not stay readable in the events it was built from. Compacted topics keep the latest
 *                          entry per key instead and forget by tombstones.
 * @param auditRetention    how long {@code line.audit} keeps who read or changed what
 */
@Validated
@ConfigurationProperties("line.kafka")
public record KafkaTopicProperties(@Min(1) @Max(256) int partitions, @Min(1) @Max(5) short replicationFactor,
        @Min(1) @Max(5) Integer minInsyncReplicas,
        @NotNull @DurationMin(seconds = 10) @DefaultValue("90d") Duration eventRetention,
        @NotNull @DurationMin(minutes = 1) @DefaultValue("400d") Duration auditRetention) {

    /** The line's defaults for how long topics keep records. */
    public static final Duration DEFAULT_EVENT_RETENTION = Duration.ofDays(90);
    public static final Duration DEFAULT_AUDIT_RETENTION = Duration.ofDays(400);

    /** With the default retentions (a second constructor would confuse the binding). */
    public static KafkaTopicProperties withDefaultRetention(int partitions, short replicationFactor,
            Integer minInsyncReplicas) {
        return new KafkaTopicProperties(partitions, replicationFactor, minInsyncReplicas, DEFAULT_EVENT_RETENTION,
                DEFAULT_AUDIT_RETENTION);
    }

    /** The {@code min.insync.replicas} of every line topic and Streams internal topic. */
    public int minInsync() {
        return minInsyncReplicas != null ? minInsyncReplicas : Math.max(1, replicationFactor - 1);
    }

    @AssertTrue(message = "min-insync-replicas must not exceed replication-factor: no write could ever succeed")
    public boolean isMinInsyncReachable() {
        return minInsync() <= replicationFactor;
    }
}
