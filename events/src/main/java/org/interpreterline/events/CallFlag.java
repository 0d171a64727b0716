package org.interpreterline.events;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

/**
 * What the officer said may make a call hard on the interpreter: the offer prompt warns them,
 * and the roster counts such calls toward the interpreter's exposure.
 */
public enum CallFlag {
    DOMESTIC_VIOLENCE("domestic violence"),
    CHILD("a child"),
    DEATH("a death");

    private final String spoken;

    CallFlag(String spoken) {
        this.spoken = spoken;
    }

    /** As said in a sentence: "may involve a child". */
    public String spoken() {
        return spoken;
    }

    /** Both sets of flags as one, {@link #normalized}: a request's flags and those the officer added later. */
    public static List<CallFlag> union(Collection<CallFlag> flags, Collection<CallFlag> more) {
        EnumSet<CallFlag> all = EnumSet.noneOf(CallFlag.class);
        all.addAll(normalized(flags));
        all.addAll(normalized(more));
        return List.copyOf(all);
    }

    /** Null-safe, ordered and without repeats: what every event carries (an older event carries none). */
    public static List<CallFlag> normalized(Collection<CallFlag> flags) {
        if (flags == null || flags.isEmpty()) {
            return List.of();
        }
        EnumSet<CallFlag> set = EnumSet.noneOf(CallFlag.class);
        flags.stream().filter(java.util.Objects::nonNull).forEach(set::add);
        return List.copyOf(set);
    }
}
