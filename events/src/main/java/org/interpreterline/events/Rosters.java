package org.interpreterline.events;

/** A deployment serves one roster unless configured otherwise. */
public final class Rosters {

    public static final String DEFAULT = "default";

    private Rosters() {
    }

    /** The Twilio conference that bridges the requester and the interpreter of one request. */
    public static String conferenceName(String requestId) {
        return "req-" + requestId;
    }
}
