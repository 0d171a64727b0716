package org.interpreterline.platform.rosters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.interpreterline.platform.phone.E164;
import org.interpreterline.platform.web.InvalidField;

/**
 * The agencies' rosters one deployment serves and the Twilio number of each. A call or text to a roster's number
 * opens a request of that roster; the line calls and texts about it from that number; its interpreters are those who
 * belong to it. All of them share one allocator (events stay keyed by the deployment's {@code LINE_ROSTER_ID}), which
 * is what keeps an interpreter who belongs to two rosters from being booked by both.
 */
public final class LineRosters {

    private static final Pattern ROSTER_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    private final String home;
    private final Map<String, String> numberByRoster;

    private LineRosters(String home, Map<String, String> numberByRoster) {
        this.home = home;
        this.numberByRoster = numberByRoster;
    }

    /**
     * @param home       the deployment's own roster ({@code LINE_ROSTER_ID})
     * @param homeNumber its number ({@code TWILIO_LINE_NUMBER})
     * @param others     {@code roster=number} entries ({@code LINE_ROSTER_NUMBERS})
     * @throws IllegalArgumentException naming the entry that is wrong
     */
    public static LineRosters of(String home, String homeNumber, List<String> others) {
        Map<String, String> numbers = new LinkedHashMap<>();
        numbers.put(home, homeNumber);
        for (String entry : others) {
            int eq = entry.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("LINE_ROSTER_NUMBERS: '" + entry
                        + "' is not roster=number (e.g. ems=+14125550101)");
            }
            String roster = entry.substring(0, eq).trim();
            String number = entry.substring(eq + 1).trim();
            if (!ROSTER_ID.matcher(roster).matches()) {
                throw new IllegalArgumentException("LINE_ROSTER_NUMBERS: roster '" + roster
                        + "' must be lower-case letters, digits and dashes (at most 32)");
            }
            if (!E164.valid(number)) {
                throw new IllegalArgumentException("LINE_ROSTER_NUMBERS: " + roster + "'s number must be E.164 (e.g. +14125550101)");
            }
            if (numbers.containsKey(roster)) {
                throw new IllegalArgumentException("LINE_ROSTER_NUMBERS: roster '" + roster + "' is listed twice"
                        + (roster.equals(home) ? " (it is LINE_ROSTER_ID, reached on TWILIO_LINE_NUMBER)" : ""));
            }
            if (numbers.containsValue(number)) {
                throw new IllegalArgumentException("LINE_ROSTER_NUMBERS: " + number + " already reaches another roster");
            }
            numbers.put(roster, number);
        }
        return new LineRosters(home, Map.copyOf(numbers));
    }

    /** The deployment's own roster, which an unknown number or an older event without a roster belongs to. */
    public String home() {
        return home;
    }

    /** Every roster, the deployment's own first. */
    public List<String> all() {
        return numberByRoster.keySet().stream().sorted((a, b) -> a.equals(home) ? -1 : b.equals(home) ? 1
                : a.compareTo(b)).toList();
    }

    public boolean serves(String roster) {
        return roster != null && numberByRoster.containsKey(roster);
    }

    /**
     * A roster an admin request names, as typed: null when it names none, a 400 naming {@code field} when the line
     * does not serve it.
     */
    public String named(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String roster = typed.strip();
        if (!serves(roster)) {
            throw new InvalidField(field, "'" + roster + "' is not a roster of this line (it serves "
                    + String.join(", ", all()) + ")");
        }
        return roster;
    }

    /** Whether the deployment has more than its own roster (so pages and answers name the roster). */
    public boolean several() {
        return numberByRoster.size() > 1;
    }

    /** The roster a call or text to this number is for; the deployment's own for a number it does not list. */
    public String rosterReachedOn(String dialled) {
        return numberByRoster.entrySet().stream().filter(e -> e.getValue().equals(dialled)).map(Map.Entry::getKey)
                .findFirst().orElse(home);
    }

    /** The number the line calls and texts from about a request of this roster. */
    public String numberOf(String roster) {
        return Optional.ofNullable(roster).map(numberByRoster::get).orElse(numberByRoster.get(home));
    }

    /** The roster a request belongs to: its own when it names one this deployment serves, else the deployment's. */
    public String rosterOf(String named) {
        return serves(named) ? named : home;
    }
}
