package org.interpreterline.platform.streams;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How a service runs its Kafka Streams topology.
 *
 * @param applicationId  the Streams application id (consumer group, internal topic prefix)
 * @param stateDir       where local state lives; a cache of the changelog topics, rebuilt if lost
 * @param commitInterval with exactly-once, also how long output waits before consumers see it: keep short
 */
@Validated
@ConfigurationProperties("line.streams")
public record StreamsProperties(
        @NotBlank String applicationId,
        @NotBlank String stateDir,
        @NotNull Duration commitInterval) {
}
