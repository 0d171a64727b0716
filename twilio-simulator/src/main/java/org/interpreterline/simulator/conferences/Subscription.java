package org.interpreterline.simulator.conferences;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a conference's status callbacks go and which events (full names: conference-start, participant-join …).
 */
public record Subscription(String url, String method, Set<String> events) {

    public Subscription {
        method = method == null || method.isBlank() ? "POST" : method;
        events = Set.copyOf(events);
    }

    /**
     * @param shortNames TwiML / REST names (start end join leave mute hold), repeated or space separated;
     *                   none = start end
     * @return null without a URL
     */
    public static Subscription of(String url, String method, Collection<String> shortNames) {
        if (url == null || url.isBlank()) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        for (String value : shortNames) {
            Arrays.stream(value.trim().toLowerCase(Locale.ROOT).split("[\\s,]+")).filter(s -> !s.isEmpty()).forEach(names::add);
        }
        if (names.isEmpty()) {
            names.addAll(Set.of("start", "end"));
        }
        Set<String> events = new LinkedHashSet<>();
        for (String name : names) {
            switch (name) {
                case "start" -> events.add("conference-start");
                case "end" -> events.add("conference-end");
                case "join" -> events.add("participant-join");
                case "leave" -> events.add("participant-leave");
                case "mute" -> events.addAll(Set.of("participant-mute", "participant-unmute"));
                case "hold" -> events.addAll(Set.of("participant-hold", "participant-unhold"));
                default -> events.add(name); // speaker, announcement …: accepted, never sent
            }
        }
        return new Subscription(url, method, events);
    }

    Subscription merge(Subscription other) {
        Set<String> union = new LinkedHashSet<>(events);
        union.addAll(other.events);
        return new Subscription(url, method, union);
    }
}
