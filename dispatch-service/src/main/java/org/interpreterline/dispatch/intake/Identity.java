package org.interpreterline.dispatch.intake;

import java.util.Optional;

/**
 * What the line can tell about a calling number right now: who it is, that it is nobody it knows, or nothing at
 * all because the responder directory cannot be read (a restart). The last two are treated alike: the line fails
 * closed.
 */
record Identity(Caller caller, boolean restarting) {

    static final Identity UNKNOWN = new Identity(null, false);
    static final Identity UNKNOWABLE = new Identity(null, true);

    static Identity of(Caller caller) {
        return new Identity(caller, false);
    }

    Optional<Caller> known() {
        return Optional.ofNullable(caller);
    }
}
