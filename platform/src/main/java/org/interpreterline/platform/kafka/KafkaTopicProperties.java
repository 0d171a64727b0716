package org.interpreterline.platform.kafka;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the line's topics are created. Every event topic gets the same partition count so that a roster's
 * events (keyed by rosterId) land in the same partition number of each, which the Streams topologies need.
 */
@Validated
@ConfigurationProperties("line.kafka")
public record KafkaTopicProperties(@Min(1) @Max(256) int partitions, @Min(1) @Max(5) short replicationFactor) {
}
