package org.interpreterline.events.roster;

import java.util.List;

/**
 * Which agencies' rosters an interpreter belongs to. An interpreter who names none (and every one from before
 * several rosters) belongs to the deployment's own roster, {@code rosterId}.
 */
public final class Memberships {

    private Memberships() {
    }

    /** The rosters, distinct and sorted; {@code [rosterId]} when none are named. */
    public static List<String> normalized(String rosterId, List<String> rosters) {
        List<String> named = rosters == null ? List.of()
                : rosters.stream().filter(r -> r != null && !r.isBlank()).map(String::trim).distinct().sorted().toList();
        return named.isEmpty() && rosterId != null ? List.of(rosterId) : named;
    }
}
