package org.interpreterline.roster.forecast;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The week as the line's reports time zone reads it: weeks start on Monday 00:00 local time, and hour of the week 0
 * is Monday 00:00–01:00, 167 Sunday 23:00–24:00.
 */
record LineWeek(ZoneId zone) {

    static final int HOURS = 7 * 24;

    /** The Monday that starts the week {@code at} is in. */
    LocalDate weekOf(Instant at) {
        return at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    int hourOfWeek(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        return (local.getDayOfWeek().getValue() - 1) * 24 + local.getHour();
    }

    Instant startOf(LocalDate monday) {
        return monday.atStartOfDay(zone).toInstant();
    }

    /** Where each part of {@code [from, to)} falls: one call per local hour it touches, with the time in it. */
    void split(Instant from, Instant to, HourPart part) {
        Instant at = from;
        while (at.isBefore(to)) {
            Instant next = at.atZone(zone).truncatedTo(ChronoUnit.HOURS).plusHours(1).toInstant();
            Instant end = next.isBefore(to) ? next : to;
            part.accept(weekOf(at), hourOfWeek(at), Duration.between(at, end).toMillis());
            at = end;
        }
    }

    interface HourPart {
        void accept(LocalDate week, int hourOfWeek, long millis);
    }
}
