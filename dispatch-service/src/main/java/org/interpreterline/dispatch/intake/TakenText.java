package org.interpreterline.dispatch.intake;

import java.time.Instant;
import org.interpreterline.events.dispatch.PresenceRequested;

/**
 * What a text the line took did besides opening a request (those are in the request record under their id):
 * the value of the {@code taken-texts} store.
 *
 * @param requestId     the request a CANCEL cancelled
 * @param interpreterId the interpreter whose ON, OFF or BREAK it was
 * @param takenAt       when the line acted on it; null in entries written before it was kept (forgotten first)
 */
record TakenText(Kind kind, String requestId, String interpreterId, PresenceRequested.Presence presence,
        Instant takenAt) {

    enum Kind { CANCEL, PRESENCE }
}
