package org.interpreterline.dispatch.board;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.interpreterline.dispatch.reports.ReportSettings;
import org.interpreterline.dispatch.requests.RequestRecord;
import org.interpreterline.dispatch.requests.RequestWatcher;
import org.springframework.stereotype.Component;

/**
 * The requests opened today, in the line's reports time zone ({@code LINE_REPORTS_TIME_ZONE}), kept from the
 * record's changes plus a scan now and then (what was restored at start-up), like {@link ActiveRequests}: the
 * board's figures must not read the whole history every second. Yesterday's are dropped as the day turns.
 */
@Component
class TodaysRequests implements RequestWatcher {

    private final ConcurrentMap<String, RequestRecord> today = new ConcurrentHashMap<>();
    private final ZoneId zone;

    TodaysRequests(ReportSettings settings) {
        this.zone = settings.timeZone();
    }

    ZoneId zone() {
        return zone;
    }

    LocalDate day(Instant now) {
        return LocalDate.ofInstant(now, zone);
    }

    @Override
    public void changed(RequestRecord before, RequestRecord after) {
        if (after.opened() && after.openedAt() != null && !after.openedAt().isBefore(startOfToday(Instant.now()))) {
            today.merge(after.requestId(), after, TodaysRequests::newer);
        }
    }

    /**
     * Adds what the record holds for today.
     *
     * @param openedSince reads the record's requests opened since an instant; may throw while Streams start
     */
    void reconcile(Instant now, Function<Instant, List<RequestRecord>> openedSince) {
        openedSince.apply(startOfToday(now)).forEach(r -> today.merge(r.requestId(), r, TodaysRequests::newer));
    }

    /** Today's requests at {@code now}; yesterday's are forgotten. */
    List<RequestRecord> at(Instant now) {
        Instant start = startOfToday(now);
        today.values().removeIf(r -> r.openedAt().isBefore(start));
        return List.copyOf(today.values());
    }

    Instant startOfToday(Instant now) {
        return day(now).atStartOfDay(zone).toInstant();
    }

    /** A timeline only grows: the copy with the longer one is the newer. */
    private static RequestRecord newer(RequestRecord a, RequestRecord b) {
        return b.timeline().size() >= a.timeline().size() ? b : a;
    }
}
