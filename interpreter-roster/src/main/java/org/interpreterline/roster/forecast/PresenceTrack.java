package org.interpreterline.roster.forecast;

import java.time.Instant;
import java.util.List;
import org.interpreterline.events.roster.UsualHours;

/**
 * What the forecast follows of one interpreter: the languages they speak, since when they are on the line (null
 * while they are not), the hours they declared as usual and the agencies' rosters they take calls for (empty in
 * tracks from before several rosters: counted for the line only). No name or phone number.
 */
record PresenceTrack(List<String> languages, Instant onLineSince, List<UsualHours> usualHours, List<String> rosters) {

    static final PresenceTrack UNKNOWN = new PresenceTrack(List.of(), null, List.of(), List.of());

    PresenceTrack {
        languages = languages == null ? List.of() : List.copyOf(languages);
        usualHours = usualHours == null ? List.of() : List.copyOf(usualHours);
        rosters = rosters == null ? List.of() : List.copyOf(rosters);
    }

    /** Of no roster but the line's. */
    PresenceTrack(List<String> languages, Instant onLineSince, List<UsualHours> usualHours) {
        this(languages, onLineSince, usualHours, List.of());
    }

    PresenceTrack speaking(List<String> spoken) {
        return new PresenceTrack(spoken, onLineSince, usualHours, rosters);
    }

    PresenceTrack onLineFrom(Instant since) {
        return new PresenceTrack(languages, since, usualHours, rosters);
    }

    PresenceTrack declaring(List<UsualHours> hours) {
        return new PresenceTrack(languages, onLineSince, hours, rosters);
    }

    PresenceTrack belongingTo(List<String> newRosters) {
        return new PresenceTrack(languages, onLineSince, usualHours, newRosters);
    }

    boolean usuallyOn(int hourOfWeek) {
        return usualHours.stream().anyMatch(h -> h.covers(hourOfWeek));
    }
}
