package org.interpreterline.dispatch.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.interpreterline.dispatch.reports.PayBands.Split;
import org.junit.jupiter.api.Test;

/** Day, night and weekend seconds of a call, in the line's local time. */
class PayBandsTest {

    private static final ZoneId PITTSBURGH = ZoneId.of("America/New_York");
    private static final PayBands BANDS = new PayBands(new ReportSettings(PITTSBURGH, LocalTime.of(22, 0),
            LocalTime.of(6, 0)));

    private static Instant local(String at) {
        return LocalDateTime.parse(at).atZone(PITTSBURGH).toInstant();
    }

    @Test
    void aWeekdayCallIntoTheNightIsSplitAtTen() {
        // Wednesday
        assertThat(BANDS.of(local("2026-12-02T21:30"), local("2026-12-02T22:30")))
                .isEqualTo(new Split(1800, 1800, 0));
    }

    @Test
    void fridayNightRunsIntoTheWeekendAtMidnight() {
        assertThat(BANDS.of(local("2026-12-04T23:00"), local("2026-12-05T01:00")))
                .isEqualTo(new Split(0, 3600, 3600));
    }

    @Test
    void sundayNightIntoMondayMorning_weekendThenNightThenDay() {
        assertThat(BANDS.of(local("2026-12-06T23:00"), local("2026-12-07T07:00")))
                .isEqualTo(new Split(3600, 6 * 3600, 3600));
    }

    @Test
    void nightHoursThatDoNotCrossMidnightAreCountedToo() {
        PayBands early = new PayBands(new ReportSettings(PITTSBURGH, LocalTime.of(0, 0), LocalTime.of(7, 0)));
        assertThat(early.of(local("2026-12-02T06:30"), local("2026-12-02T07:30"))).isEqualTo(new Split(1800, 1800, 0));
    }

    @Property
    void everySecondLandsInExactlyOneBand(@ForAll @IntRange(min = 0, max = 60 * 24 * 21) int startMinute,
            @ForAll @IntRange(min = 0, max = 60 * 60 * 30) int seconds) {
        Instant start = local("2026-10-20T00:00").plus(Duration.ofMinutes(startMinute)); // across the DST change
        Split split = BANDS.of(start, start.plusSeconds(seconds));
        assertThat(split.totalSeconds()).isEqualTo(seconds);
        assertThat(split.daySeconds()).isNotNegative();
        assertThat(split.nightSeconds()).isNotNegative();
        assertThat(split.weekendSeconds()).isNotNegative();
    }
}
