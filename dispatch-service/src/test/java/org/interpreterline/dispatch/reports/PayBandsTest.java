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

    /**
     * Conference events carry fractions of a second: a call that crosses into the night must still add up to the
     * history's whole seconds (each band's part cut to whole seconds lost one: CI found a 600 s call paid 599 s when
     * it ran at 22:00 Pittsburgh time).
     */
    @Test
    void aCallStartingOnAFractionOfASecondLosesNoSecondAtABoundary() {
        Instant start = local("2026-12-02T21:59:59.500");
        Instant end = local("2026-12-02T22:00:10.500");
        assertThat(BANDS.of(start, end).totalSeconds()).isEqualTo(Duration.between(start, end).toSeconds())
                .isEqualTo(11);
    }

    @Property
    void everySecondLandsInExactlyOneBand(@ForAll @IntRange(min = 0, max = 60 * 24 * 21) int startMinute,
            @ForAll @IntRange(min = 0, max = 999_999) int startMicros,
            @ForAll @IntRange(min = 0, max = 60 * 60 * 30) int seconds) {
        // across the DST change, and at any fraction of a second, as conference events are
        Instant start = local("2026-10-20T00:00").plus(Duration.ofMinutes(startMinute))
                .plus(Duration.ofNanos(startMicros * 1000L));
        Split split = BANDS.of(start, start.plusSeconds(seconds));
        assertThat(split.totalSeconds()).isEqualTo(seconds);
        assertThat(split.daySeconds()).isNotNegative();
        assertThat(split.nightSeconds()).isNotNegative();
        assertThat(split.weekendSeconds()).isNotNegative();
    }
}
