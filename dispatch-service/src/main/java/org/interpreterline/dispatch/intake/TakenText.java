package org.interpreterline.dispatch.intake;

import org.interpreterline.events.dispatch.PresenceRequested;

/**
 * What a text the line took did besides opening a request (those are in the request record under their id):
 * the value of the {@code taken-texts} store.
 *
 * @param requestId     the request a CANCEL cancelled
 * @param interpreterId the interpreter whose ON, OFF or BREAK it was
 */
record TakenText(Kind kind, String requestId, String interpreterId, PresenceRequested.Presence presence) {

    enum Kind { CANCEL, PRESENCE }
}
