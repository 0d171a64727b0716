package org.interpreterline.roster.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.interpreterline.events.roster.UsualHours;
import org.junit.jupiter.api.Test;

/**
 * The forecast worked out from aggregates written by hand: weeks of the look-back, averages, the gap rule and
 * declared hours while history is thin. Hours of the week: Tuesday 02:00 is 26, Tuesday 10:00 is 34.
 */
class CoverageForecastTest {

    private static final ForecastSettings SETTINGS = new ForecastSettings(ZoneId.of("America/New_York"), 8, 4);
    /** Monday 30 November 2026, 12:00 in Pittsburgh (EST): the weeks of 2, 9, 16 and 23 November are complete. */
    private static final Instant NOW = Instant.parse("2026-11-30T17:00:00Z");
    private static final long HOUR = 3_600_000;

    @Test
    void fourScriptedWeeksAveragePerWeekAndFindTheNepaliGapAtTuesdayTwo() {
        Map<String, HourTally> hours = new TreeMap<>();
        for (String monday : List.of("2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23")) {
            add(hours, monday, "ne", 26, new HourTally(1, 0));           // a Nepali request at 02:xx, nobody on
            add(hours, monday, "ne", 34, new HourTally(1, HOUR));        // one at 10:xx, Priya on the whole hour
            add(hours, monday, "es", 26, new HourTally(0, HOUR));        // Ana on 02:00–03:00
        }
        add(hours, "2026-11-02", "es", 26, new HourTally(1, 0));         // Spanish at 02:xx in two of the weeks
        add(hours, "2026-11-16", "es", 26, new HourTally(1, 0));
        add(hours, "2026-09-28", "ne", 34, new HourTally(5, 0));         // before the 8-week look-back: not counted
        add(hours, "2026-11-30", "ne", 34, new HourTally(3, 0));         // the current week: not over, not counted

        CoverageForecast forecast = CoverageForecast.of(hours, List.of(), NOW, SETTINGS);

        assertThat(forecast.weeks()).isEqualTo(4);
        assertThat(forecast.from()).isEqualTo(LocalDate.parse("2026-11-02"));
        assertThat(forecast.to()).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(forecast.thinHistory()).isFalse();
        assertThat(forecast.languages()).containsExactly("es", "ne");
        assertThat(forecast.rows()).hasSize(2 * 168);
        // 4 requests in 4 weeks, 0 h on the line: 1 a week, usually nobody
        assertThat(row(forecast, "ne", 26)).isEqualTo(
                new CoverageForecast.Row("ne", 26, DayOfWeek.TUESDAY, 2, 1.0, 0.0, 0, 0.0, true));
        // 4 requests, 4 h on the line in 4 weeks: one interpreter
        assertThat(row(forecast, "ne", 34)).isEqualTo(
                new CoverageForecast.Row("ne", 34, DayOfWeek.TUESDAY, 10, 1.0, 1.0, 0, 1.0, false));
        // 2 requests in 4 weeks: 0.5 a week, Ana there every week
        assertThat(row(forecast, "es", 26)).isEqualTo(
                new CoverageForecast.Row("es", 26, DayOfWeek.TUESDAY, 2, 0.5, 1.0, 0, 1.0, false));
        assertThat(forecast.gaps()).extracting(CoverageForecast.Row::language, CoverageForecast.Row::hourOfWeek)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ne", 26));
    }

    @Test
    void declaredHoursCountWhileHistoryIsThinAndNotAfter() {
        PresenceTrack priya = new PresenceTrack(List.of("ne"), null,
                List.of(new UsualHours(DayOfWeek.TUESDAY, 0, 6)));
        Map<String, HourTally> twoWeeks = new TreeMap<>();
        add(twoWeeks, "2026-11-16", "ne", 26, new HourTally(1, 0));
        add(twoWeeks, "2026-11-23", "ne", 26, new HourTally(1, 0));

        CoverageForecast thin = CoverageForecast.of(twoWeeks, List.of(priya), NOW, SETTINGS);

        assertThat(thin.weeks()).isEqualTo(2);
        assertThat(thin.thinHistory()).isTrue();
        assertThat(row(thin, "ne", 26)).isEqualTo(
                new CoverageForecast.Row("ne", 26, DayOfWeek.TUESDAY, 2, 1.0, 0.0, 1, 1.0, false));
        assertThat(row(thin, "ne", 30).declared()).isZero(); // Tuesday 06:00: after her declared hours
        assertThat(thin.gaps()).isEmpty();

        Map<String, HourTally> fourWeeks = new TreeMap<>(twoWeeks);
        add(fourWeeks, "2026-11-02", "ne", 26, new HourTally(1, 0));
        add(fourWeeks, "2026-11-09", "ne", 26, new HourTally(1, 0));
        CoverageForecast enough = CoverageForecast.of(fourWeeks, List.of(priya), NOW, SETTINGS);

        assertThat(enough.thinHistory()).isFalse();
        assertThat(row(enough, "ne", 26)).isEqualTo(
                new CoverageForecast.Row("ne", 26, DayOfWeek.TUESDAY, 2, 1.0, 0.0, 1, 0.0, true));
    }

    @Test
    void anInterpreterStillOnTheLineCountsUpToTheEndOfTheLastCompleteWeek() {
        // on since Tuesday 24 November 09:00 EST and not off yet: Tuesday 09:00 to Sunday 24:00 of that week
        PresenceTrack onSinceTuesday = new PresenceTrack(List.of("sw"), Instant.parse("2026-11-24T14:00:00Z"),
                List.of());

        CoverageForecast forecast = CoverageForecast.of(Map.of(), List.of(onSinceTuesday), NOW, SETTINGS);

        assertThat(forecast.weeks()).isEqualTo(1);
        assertThat(row(forecast, "sw", 32).onLine()).isZero();
        assertThat(row(forecast, "sw", 33).onLine()).isEqualTo(1.0);
        assertThat(row(forecast, "sw", 167).onLine()).isEqualTo(1.0);
        assertThat(forecast.gaps()).isEmpty();
    }

    @Test
    void aLocalHourSplitsAtTheClockChangeAndTheRepeatedHourCountsTwice() {
        List<String> parts = new ArrayList<>();
        // Sunday 1 November 2026: 00:30 EDT to 02:00 EST, across the hour 01:00 that happens twice
        new LineWeek(ZoneId.of("America/New_York")).split(Instant.parse("2026-11-01T04:30:00Z"),
                Instant.parse("2026-11-01T07:00:00Z"), (monday, hour, millis) -> parts.add(monday + " " + hour
                        + " " + millis));

        assertThat(parts).containsExactly("2026-10-26 144 1800000", "2026-10-26 145 3600000",
                "2026-10-26 145 3600000");
    }

    private static void add(Map<String, HourTally> hours, String monday, String language, int hour, HourTally t) {
        hours.merge(CoverageLedger.key(LocalDate.parse(monday), language, hour), t, HourTally::plus);
    }

    private static CoverageForecast.Row row(CoverageForecast forecast, String language, int hourOfWeek) {
        return forecast.rows().stream().filter(r -> r.language().equals(language) && r.hourOfWeek() == hourOfWeek)
                .findFirst().orElseThrow();
    }
}
