package org.interpreterline.events.roster;

import java.time.DayOfWeek;
import java.util.Objects;

/**
 * One stretch of a week an interpreter usually is on the line: {@code day} from hour {@code from} (0–23) to hour
 * {@code to} (1–24, exclusive), in the line's reports time zone.
 */
public record UsualHours(DayOfWeek day, int from, int to) {

    public UsualHours {
        Objects.requireNonNull(day, "day");
        if (from < 0 || to > 24 || to <= from) {
            throw new IllegalArgumentException("hours " + from + "–" + to + " are not a stretch of one day");
        }
    }

    /** Whether hour-of-week {@code hourOfWeek} (0 = Monday 00:00–01:00, 167 = Sunday 23:00–24:00) is in it. */
    public boolean covers(int hourOfWeek) {
        int hour = hourOfWeek % 24;
        return hourOfWeek / 24 == day.getValue() - 1 && hour >= from && hour < to;
    }
}
