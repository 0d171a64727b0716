package org.interpreterline.platform.routing;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which requests must be answered by the instance that owns the roster's Streams task, and how long to look for
 * it. A service opts in by listing paths; without any, every instance answers what it receives.
 *
 * @param paths          path patterns ({@code /twilio/**}) served by the roster's owner, forwarded there by others
 * @param ownerWait      how long a request waits for an owner to be known and reachable (during a takeover)
 * @param forwardTimeout how long the owner may take to start answering a forwarded request
 */
@Validated
@ConfigurationProperties("line.routing")
public record RoutingProperties(
        @DefaultValue List<String> paths,
        @NotNull @DefaultValue("3s") Duration ownerWait,
        @NotNull @DefaultValue("10s") Duration forwardTimeout) {

    public boolean enabled() {
        return !paths.isEmpty();
    }
}
