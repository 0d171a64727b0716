package org.interpreterline.dispatch.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.interpreterline.dispatch.reports.ReportSettings;
import org.interpreterline.dispatch.requests.RequestRecord;
import org.junit.jupiter.api.Test;

/** "Today" is the line's day, in the reports time zone, not UTC's. */
class TodaysRequestsTest {

    private final TodaysRequests todays = new TodaysRequests(new ReportSettings(ZoneId.of("America/New_York"),
            LocalTime.of(22, 0), LocalTime.of(6, 0)));

    @Test
    void todayStartsAtLocalMidnight() {
        // 6 December 2026 in New York (EST, UTC-5) began at 05:00 UTC
        Instant noon = Instant.parse("2026-12-06T17:00:00Z");
        RequestRecord lateYesterday = DayCountTest.cancelled("r1", Instant.parse("2026-12-06T04:59:00Z"));
        RequestRecord earlyToday = DayCountTest.connected("r2", Instant.parse("2026-12-06T05:01:00Z"),
                Duration.ofSeconds(10));
        AtomicReference<Instant> askedSince = new AtomicReference<>();

        todays.reconcile(noon, since -> {
            askedSince.set(since);
            return List.of(lateYesterday, earlyToday).stream().filter(r -> !r.openedAt().isBefore(since)).toList();
        });

        assertThat(askedSince.get()).isEqualTo(Instant.parse("2026-12-06T05:00:00Z"));
        assertThat(todays.day(noon)).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(todays.at(noon)).extracting(RequestRecord::requestId).containsExactly("r2");
        // the next local day: yesterday's requests are forgotten
        assertThat(todays.at(Instant.parse("2026-12-07T05:00:00Z"))).isEmpty();
    }

    @Test
    void aChangeKeepsTheNewerCopy() {
        Instant now = Instant.now();
        RequestRecord opened = DayCountTest.opened("r1", now).done();
        RequestRecord connected = DayCountTest.connected("r1", now, Duration.ofSeconds(5));

        todays.changed(RequestRecord.unknown("r1"), connected);
        todays.changed(RequestRecord.unknown("r1"), opened); // an older copy read late

        assertThat(todays.at(now)).singleElement().satisfies(r -> assertThat(r.connectedAt()).isNotNull());
    }
}
