package org.interpreterline.dispatch.requests;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.interpreterline.events.Channel;
import org.interpreterline.platform.rosters.LineRosters;
import org.springframework.stereotype.Component;

/**
 * {@code line_requests_total{language, channel, outcome, roster}} when a request gets its outcome, and
 * {@code line_connect_seconds{language, channel, roster}} when its interpreter joins (docs/architecture.md, Metrics).
 * <ul>
 *   <li>A request is counted once, under its first outcome: a call whose conference ended unconnected
 *       (failed) and whose hang-up arrives just after (cancelled) stays failed, so the outcomes always add up
 *       to the number of finished requests.</li>
 *   <li>The series of a language, channel and roster are registered at zero when a request for them opens, so
 *       that {@code rate()} and {@code increase()} see its first outcome, not a series that starts at 1.</li>
 *   <li>{@code roster} is the agency roster the request is for (a handful per deployment); a record written
 *       before requests named one counts under the deployment's own.</li>
 *   <li>Counted as the record processor applies events: a transaction retried after a crash can count an
 *       event twice. Records restored from the changelog at start-up are not counted again.</li>
 * </ul>
 */
@Component
public class RequestMetrics implements RequestWatcher {

    /** Service-level buckets for 1 s to 2 min: the line promises seconds; over 2 min it has escalated. */
    static final Duration[] CONNECT_BUCKETS = seconds(1, 2, 3, 5, 8, 10, 15, 20, 30, 45, 60, 90, 120);

    private final MeterRegistry registry;
    private final String home;

    public RequestMetrics(MeterRegistry registry, LineRosters rosters) {
        this.registry = registry;
        this.home = rosters.home();
    }

    @Override
    public void changed(RequestRecord before, RequestRecord after) {
        if (!labelled(after)) {
            return; // not opened yet: no labels to count it under
        }
        String roster = after.rosterOr(home);
        if (!labelled(before)) {
            for (RequestOutcome outcome : RequestOutcome.values()) {
                requests(after.language(), after.channel(), outcome, roster);
            }
            connect(after.language(), after.channel(), roster);
        }
        // "became countable" rather than "changed": events of three topics may reach the record before its opening
        if (!hasOutcome(before) && hasOutcome(after)) {
            requests(after.language(), after.channel(), after.outcome(), roster).increment();
        }
        if ((!labelled(before) || before.timeToConnect().isEmpty()) && after.timeToConnect().isPresent()) {
            Duration waited = after.timeToConnect().get();
            connect(after.language(), after.channel(), roster).record(waited.isNegative() ? Duration.ZERO : waited);
        }
    }

    private static boolean labelled(RequestRecord r) {
        return r.language() != null && r.channel() != null;
    }

    private static boolean hasOutcome(RequestRecord r) {
        return labelled(r) && r.outcome() != null;
    }

    private Counter requests(String language, Channel channel, RequestOutcome outcome, String roster) {
        return Counter.builder("line_requests")
                .description("Requests by how they turned out")
                .tag("language", language)
                .tag("channel", channel.label())
                .tag("outcome", outcome.label())
                .tag("roster", roster)
                .register(registry);
    }

    private Timer connect(String language, Channel channel, String roster) {
        return Timer.builder("line_connect")
                .description("Request opened to interpreter bridged")
                .tag("language", language)
                .tag("channel", channel.label())
                .tag("roster", roster)
                .serviceLevelObjectives(CONNECT_BUCKETS)
                .register(registry);
    }

    private static Duration[] seconds(int... values) {
        Duration[] durations = new Duration[values.length];
        for (int i = 0; i < values.length; i++) {
            durations[i] = Duration.ofSeconds(values[i]);
        }
        return durations;
    }
}
