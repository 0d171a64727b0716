package org.interpreterline.dispatch.reports;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Splits a stretch of connected time into the bands interpreters are paid by: weekend (all of Saturday and Sunday,
 * local time), night (the night hours of a weekday) and day (the rest). Every second lands in exactly one band.
 */
final class PayBands {

    enum Band { DAY, NIGHT, WEEKEND }

    /** Seconds in each band. */
    record Split(long daySeconds, long nightSeconds, long weekendSeconds) {

        static final Split NONE = new Split(0, 0, 0);

        Split plus(Split other) {
            return new Split(daySeconds + other.daySeconds, nightSeconds + other.nightSeconds,
                    weekendSeconds + other.weekendSeconds);
        }

        long totalSeconds() {
            return daySeconds + nightSeconds + weekendSeconds;
        }
    }

    private final ReportSettings settings;

    PayBands(ReportSettings settings) {
        this.settings = settings;
    }

    Split of(Instant start, Instant end) {
        long day = 0;
        long night = 0;
        long weekend = 0;
        ZonedDateTime at = start.atZone(settings.timeZone());
        ZonedDateTime until = end.atZone(settings.timeZone());
        // whole seconds since the start, not per part: a call starting on a fraction of a second would lose a second
        // at each boundary it crosses, and the parts must add up to the history's whole seconds
        long elapsed = 0;
        while (at.isBefore(until)) {
            ZonedDateTime next = nextBoundary(at);
            if (next.isAfter(until)) {
                next = until;
            }
            long elapsedAtNext = Duration.between(start, next.toInstant()).toSeconds();
            long seconds = elapsedAtNext - elapsed;
            elapsed = elapsedAtNext;
            switch (band(at)) {
                case DAY -> day += seconds;
                case NIGHT -> night += seconds;
                case WEEKEND -> weekend += seconds;
            }
            at = next;
        }
        return new Split(day, night, weekend);
    }

    Band band(ZonedDateTime at) {
        DayOfWeek day = at.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return Band.WEEKEND;
        }
        return atNight(at.toLocalTime()) ? Band.NIGHT : Band.DAY;
    }

    private boolean atNight(LocalTime time) {
        LocalTime starts = settings.nightStarts();
        LocalTime ends = settings.nightEnds();
        if (starts.isAfter(ends)) { // 22:00 to 06:00: across midnight
            return !time.isBefore(starts) || time.isBefore(ends);
        }
        return !time.isBefore(starts) && time.isBefore(ends);
    }

    /** The next moment the band may change: midnight, the night's start or its end, whichever comes first. */
    private ZonedDateTime nextBoundary(ZonedDateTime at) {
        ZonedDateTime midnight = at.toLocalDate().plusDays(1).atStartOfDay(at.getZone());
        ZonedDateTime best = midnight;
        for (LocalTime t : new LocalTime[] {settings.nightStarts(), settings.nightEnds()}) {
            ZonedDateTime candidate = at.toLocalDate().atTime(t).atZone(at.getZone());
            if (candidate.isAfter(at) && candidate.isBefore(best)) {
                best = candidate;
            }
        }
        return best;
    }
}
