package org.interpreterline.platform.routing;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.interpreterline.platform.streams.LineStreams;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The readiness probe's own question (with Kafka's reachability beside it in the group): can this instance answer
 * its webhooks correctly now? Yes once its Streams state was restored and they run, and, where requests go to the
 * roster's owner, the owner is known (this instance or another). A routine rebalance does not make it unready
 * (a load balancer would otherwise take every instance out at once during a takeover); one that lasts longer than
 * {@link #REBALANCE_PATIENCE} does. Liveness does not ask this: a broker away is no reason to restart anyone.
 */
public class ReadyToServe implements HealthIndicator {

    static final Duration REBALANCE_PATIENCE = Duration.ofSeconds(30);

    private final List<LineStreams> streams;
    private final RosterOwner owner;

    public ReadyToServe(List<LineStreams> streams, RosterOwner owner) {
        this.streams = streams;
        this.owner = owner;
    }

    @Override
    public Health health() {
        boolean ready = true;
        Health.Builder builder = Health.up();
        for (LineStreams s : streams) {
            ready &= s.serving(REBALANCE_PATIENCE);
            LineStreams.TaskCounts tasks = s.tasks();
            builder.withDetail("streams", s.state().name()).withDetail("activeTasks", tasks.active())
                    .withDetail("standbyTasks", tasks.standby()).withDetail("storeLag", tasks.storeLag());
        }
        if (owner.tracked()) {
            RosterOwner.Owner now = owner.now();
            builder.withDetail("roster", owner.rosterId()).withDetail("servedBy", RosterOwner.describe(now));
            boolean rebalancing = streams.stream().anyMatch(s -> s.state() == KafkaStreams.State.REBALANCING);
            ready &= !(now instanceof RosterOwner.Owner.Unknown) || rebalancing;
        }
        return (ready ? builder : builder.outOfService()).build();
    }
}
