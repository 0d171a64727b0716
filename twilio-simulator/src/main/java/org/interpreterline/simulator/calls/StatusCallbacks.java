package org.interpreterline.simulator.calls;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A call's progress callbacks: where to, how, and which of initiated / ringing / answered / completed. The final
 * status is always sent.
 */
public record StatusCallbacks(String url, String method, Set<String> events) {

    public StatusCallbacks {
        method = method == null || method.isBlank() ? "POST" : method;
        events = Set.copyOf(events);
    }

    /** @param events as sent: repeated parameters and/or space-separated values; none = completed only */
    public static StatusCallbacks of(String url, String method, Collection<String> events) {
        if (url == null || url.isBlank()) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        for (String value : events) {
            Arrays.stream(value.trim().toLowerCase(Locale.ROOT).split("[\\s,]+")).filter(s -> !s.isEmpty()).forEach(names::add);
        }
        names.add("completed");
        return new StatusCallbacks(url, method, names);
    }
}
