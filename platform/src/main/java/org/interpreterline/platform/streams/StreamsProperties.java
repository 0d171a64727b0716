package org.interpreterline.platform.streams;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Duration;
import org.apache.kafka.streams.state.HostInfo;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a service runs its Kafka Streams topology, and how its instances share the work.
 *
 * @param applicationId      the Streams application id (consumer group, internal topic prefix)
 * @param stateDir           where local state lives; a cache of the changelog topics, rebuilt if lost
 * @param commitInterval     with exactly-once, also how long output waits before consumers see it: keep short
 * @param standbyReplicas    warm copies of each task's state on other instances: a survivor that holds one takes
 *                           over without replaying the changelog
 * @param instanceUrl        how the other instances of this service reach this one (its {@code application.server}):
 *                           requests for a roster this instance does not own are forwarded to the owner's
 * @param sessionTimeout     how long the group waits for a silent instance before giving its tasks to another; raised
 *                           to the brokers' {@code group.min.session.timeout.ms} when that is higher
 * @param heartbeatInterval  how often an instance tells the group it is alive; a third of the session timeout or less
 * @param transactionTimeout how long a transaction may stay open; a killed instance's open transaction holds up its
 *                           partitions (and every read_committed reader of its output) until the broker aborts it
 */
@Validated
@ConfigurationProperties("line.streams")
public record StreamsProperties(
        @NotBlank String applicationId,
        @NotBlank String stateDir,
        @NotNull Duration commitInterval,
        @Min(0) @Max(3) @DefaultValue("1") int standbyReplicas,
        @NotBlank @Pattern(regexp = "https?://[^/:]+:[0-9]{1,5}/?", message = "must be http(s)://host:port")
        String instanceUrl,
        @NotNull @DefaultValue("3s") Duration sessionTimeout,
        @NotNull @DefaultValue("1s") Duration heartbeatInterval,
        @NotNull @DefaultValue("3s") Duration transactionTimeout) {

    /** This instance as Kafka Streams names it to the others ({@code application.server}). */
    public HostInfo hostInfo() {
        URI uri = URI.create(instanceUrl);
        return new HostInfo(uri.getHost(), uri.getPort());
    }
}
