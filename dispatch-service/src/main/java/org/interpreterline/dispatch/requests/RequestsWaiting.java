package org.interpreterline.dispatch.requests;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.interpreterline.dispatch.stores.StoreUnavailable;
import org.interpreterline.events.language.Language;
import org.interpreterline.events.language.LanguageCatalog;
import org.interpreterline.platform.rosters.LineRosters;
import org.interpreterline.platform.routing.RosterOwner;
import org.springframework.stereotype.Component;

/**
 * {@code line_requests_waiting{language, roster}}: requests still waiting for an interpreter (opened, offered,
 * queued), one series per catalog language and agency roster so a dashboard sees zeros too. Counted from the request
 * record at most once a second, however often Prometheus scrapes, by the instance that serves the deployment's
 * rosters (the others report zeros).
 */
@Component
public class RequestsWaiting {

    private static final Duration FRESH_FOR = Duration.ofSeconds(1);

    private final RequestRecords records;
    private final RosterOwner owner;
    private final Clock clock = Clock.systemUTC();
    private final String home;
    private volatile Map<Series, Long> counts = Map.of();
    private volatile Instant countedAt = Instant.EPOCH;

    /** One gauge's labels. */
    private record Series(String roster, String language) {
    }

    public RequestsWaiting(RequestRecords records, RosterOwner owner, LanguageCatalog catalog, LineRosters rosters,
            MeterRegistry registry) {
        this.records = records;
        this.owner = owner;
        this.home = rosters.home();
        for (String roster : rosters.all()) {
            for (Language language : catalog.all()) {
                Gauge.builder("line_requests_waiting", () -> waiting(roster, language.tag()))
                        .description("Requests waiting for an interpreter")
                        .tag("language", language.tag())
                        .tag("roster", roster)
                        .register(registry);
            }
        }
    }

    double waiting(String roster, String language) {
        return counts().getOrDefault(new Series(roster, language), 0L);
    }

    private synchronized Map<Series, Long> counts() {
        Instant now = clock.instant();
        if (Duration.between(countedAt, now).compareTo(FRESH_FOR) < 0) {
            return counts;
        }
        try {
            Map<Series, Long> fresh = new HashMap<>();
            records.matching(r -> r.status() == RequestStatus.OPENED || r.status() == RequestStatus.OFFERED
                    || r.status() == RequestStatus.QUEUED).forEach(r ->
                    fresh.merge(new Series(r.rosterOr(home), r.language()), 1L, Long::sum));
            counts = fresh;
        } catch (StoreUnavailable e) {
            // starting or rebalancing: keep the last counts, unless another instance serves the roster now (each
            // request must be counted by one instance only: dashboards add the instances up)
            if (owner.now() instanceof RosterOwner.Owner.There) {
                counts = Map.of();
            }
        }
        countedAt = now;
        return counts;
    }
}
