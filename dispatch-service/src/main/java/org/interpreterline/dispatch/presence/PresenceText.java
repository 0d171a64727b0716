package org.interpreterline.dispatch.presence;

import java.util.Optional;
import org.interpreterline.events.dispatch.PresenceRequested;

/** The presence keywords interpreters text to the line. */
public final class PresenceText {

    private PresenceText() {
    }

    public enum Change {
        ON(PresenceRequested.Presence.ON),
        OFF(PresenceRequested.Presence.OFF),
        BREAK(PresenceRequested.Presence.BREAK);

        private final PresenceRequested.Presence requested;

        Change(PresenceRequested.Presence requested) {
            this.requested = requested;
        }

        public PresenceRequested.Presence requested() {
            return requested;
        }

        public static Change of(PresenceRequested.Presence requested) {
            return switch (requested) {
                case ON -> ON;
                case OFF -> OFF;
                case BREAK -> BREAK;
            };
        }

        /** ON, OFF, BREAK, and the words interpreters use for them (AVAILABLE, PAUSE...). */
        public static Optional<Change> fromKeyword(String keyword) {
            return Optional.ofNullable(switch (keyword) {
                case "ON", "AVAILABLE", "IN", "BACK" -> ON;
                case "OFF", "OUT", "UNAVAILABLE" -> OFF;
                case "BREAK", "PAUSE" -> BREAK;
                default -> null;
            });
        }
    }
}
