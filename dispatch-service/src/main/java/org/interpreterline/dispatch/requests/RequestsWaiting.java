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
import org.interpreterline.platform.routing.RosterOwner;
import org.springframework.stereotype.Component;

/**
 * {@code line_requests_waiting{language}}: requests still waiting for an interpreter (opened, offered,
 * queued), one series per catalog language so a dashboard sees zeros too. Counted from the request record
 * at most once a second, however often Prometheus scrapes, by the instance that serves the roster (the others
 * report zeros).
 */
@Component
public class RequestsWaiting {

    private static final Duration FRESH_FOR = Duration.ofSeconds(1);

    private final RequestRecords records;
    private final RosterOwner owner;
    private final Clock clock = Clock.systemUTC();
    private volatile Map<String, Long> counts = Map.of();
    private volatile Instant countedAt = Instant.EPOCH;

    public RequestsWaiting(RequestRecords records, RosterOwner owner, LanguageCatalog catalog,
            MeterRegistry registry) {
        this.records = records;
        this.owner = owner;
        for (Language language : catalog.all()) {
            Gauge.builder("line_requests_waiting", () -> waiting(language.tag()))
                    .description("Requests waiting for an interpreter")
                    .tag("language", language.tag())
                    .register(registry);
        }
    }

    double waiting(String language) {
        return counts().getOrDefault(language, 0L);
    }

    private synchronized Map<String, Long> counts() {
        Instant now = clock.instant();
        if (Duration.between(countedAt, now).compareTo(FRESH_FOR) < 0) {
            return counts;
        }
        try {
            Map<String, Long> fresh = new HashMap<>();
            records.matching(r -> r.status() == RequestStatus.OPENED || r.status() == RequestStatus.OFFERED
                    || r.status() == RequestStatus.QUEUED).forEach(r -> fresh.merge(r.language(), 1L, Long::sum));
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
