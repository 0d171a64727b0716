package org.interpreterline.roster.forecast;

import java.time.Instant;
import java.util.List;
import org.interpreterline.events.roster.UsualHours;

/**
 * What the forecast follows of one interpreter: the languages they speak, since when they are on the line (null
 * while they are not) and the hours they declared as usual. No name or phone number.
 */
record PresenceTrack(List<String> languages, Instant onLineSince, List<UsualHours> usualHours) {

    static final PresenceTrack UNKNOWN = new PresenceTrack(List.of(), null, List.of());

    PresenceTrack {
        languages = languages == null ? List.of() : List.copyOf(languages);
        usualHours = usualHours == null ? List.of() : List.copyOf(usualHours);
    }

    PresenceTrack speaking(List<String> spoken) {
        return new PresenceTrack(spoken, onLineSince, usualHours);
    }

    PresenceTrack onLineFrom(Instant since) {
        return new PresenceTrack(languages, since, usualHours);
    }

    PresenceTrack declaring(List<UsualHours> hours) {
        return new PresenceTrack(languages, onLineSince, hours);
    }

    boolean usuallyOn(int hourOfWeek) {
        return usualHours.stream().anyMatch(h -> h.covers(hourOfWeek));
    }
}
