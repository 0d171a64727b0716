package org.interpreterline.platform.admin;

import java.util.Optional;
import org.interpreterline.platform.rosters.LineRosters;

/**
 * What a supervisor of one roster ({@link Role#ROSTER_SUPERVISOR}) is answered with: their roster's requests, board
 * and minutes, whatever they ask. Everyone else sees the roster they ask for, or all of them.
 */
public final class RosterLimit {

    private RosterLimit() {
    }

    /**
     * The roster to answer for: the one asked for, or, for a roster's supervisor, theirs (asking for another is
     * refused with 403 naming {@code roster}).
     *
     * @param asked the {@code roster} parameter; null or blank for every roster
     */
    public static String scoped(String asked) {
        Optional<String> limited = Role.limitedRoster();
        if (limited.isEmpty()) {
            return asked == null || asked.isBlank() ? null : asked;
        }
        if (asked != null && !asked.isBlank() && !asked.equals(limited.get())) {
            throw new Refused("you supervise roster " + limited.get() + ", not " + asked);
        }
        return limited.get();
    }

    /**
     * {@link #scoped} for a line's rosters: also a 400 naming {@code roster} when the line does not serve the one asked
     * for; null for every roster.
     */
    public static String scoped(String asked, LineRosters rosters) {
        return rosters.named("roster", scoped(asked));
    }

    /** Whether whoever signed in may see something of {@code roster} (a request, by id). */
    public static boolean shows(String roster) {
        return Role.limitedRoster().map(limited -> limited.equals(roster)).orElse(true);
    }

    /** A roster's supervisor asked for another roster: 403 naming the field. */
    public static final class Refused extends RuntimeException {

        Refused(String message) {
            super(message);
        }
    }
}
