package org.interpreterline.roster.allocation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How the roster looks after its interpreters. A tough call is one the officer flagged (DV, a
 * child, a death) or the interpreter reported afterwards by texting TOUGH.
 *
 * @param toughWrapUp          rest after a tough call before the next offer (instead of the ordinary wrap-up)
 * @param toughCallsBeforeRest tough calls within {@code toughWindow} after which the interpreter rests from them
 * @param toughWindow          how far back tough calls are counted: the exposure
 * @param toughRest            how long after the tough call that reached the limit they are offered only unflagged
 *                             calls, unless nobody else who could take a flagged one is AVAILABLE
 * @param nightStarts          night calls are those accepted from here ...
 * @param nightEnds            ... to here, local time in {@code zone} (may wrap past midnight)
 * @param nightWindow          how far back night calls are counted when spreading them among equals
 * @param zone                 the roster's time zone
 */
public record WellbeingPolicy(
        Duration toughWrapUp,
        int toughCallsBeforeRest,
        Duration toughWindow,
        Duration toughRest,
        LocalTime nightStarts,
        LocalTime nightEnds,
        Duration nightWindow,
        ZoneId zone) {

    public WellbeingPolicy {
        Objects.requireNonNull(toughWrapUp, "toughWrapUp");
        if (toughWrapUp.isNegative()) {
            throw new IllegalArgumentException("toughWrapUp must not be negative, was " + toughWrapUp);
        }
        if (toughCallsBeforeRest < 1) {
            throw new IllegalArgumentException("toughCallsBeforeRest must be at least 1, was " + toughCallsBeforeRest);
        }
        positive(toughWindow, "toughWindow");
        positive(toughRest, "toughRest");
        positive(nightWindow, "nightWindow");
        Objects.requireNonNull(nightStarts, "nightStarts");
        Objects.requireNonNull(nightEnds, "nightEnds");
        Objects.requireNonNull(zone, "zone");
    }

    /** Five minutes after a tough call; three in a day rest them from flagged calls for a day; nights 22:00–06:00. */
    public static WellbeingPolicy defaults() {
        return new WellbeingPolicy(Duration.ofMinutes(5), 3, Duration.ofHours(24), Duration.ofHours(24),
                LocalTime.of(22, 0), LocalTime.of(6, 0), Duration.ofDays(14), ZoneId.of("America/New_York"));
    }

    /** Whether a call accepted at {@code at} is a night call. */
    public boolean night(Instant at) {
        LocalTime local = at.atZone(zone).toLocalTime();
        if (nightStarts.equals(nightEnds)) {
            return false; // no night hours configured
        }
        return nightStarts.isBefore(nightEnds)
                ? !local.isBefore(nightStarts) && local.isBefore(nightEnds)
                : !local.isBefore(nightStarts) || local.isBefore(nightEnds);
    }

    /** How long an exposure record keeps a call: as long as any rule may still look at it. */
    Duration keep() {
        Duration tough = toughWindow.plus(toughRest);
        return tough.compareTo(nightWindow) > 0 ? tough : nightWindow;
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
    }
}
