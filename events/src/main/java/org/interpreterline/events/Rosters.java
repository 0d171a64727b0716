package org.interpreterline.events;

/** A deployment serves one roster unless configured otherwise. */
public final class Rosters {

    public static final String DEFAULT = "default";

    private Rosters() {
    }
}
