package org.interpreterline.dispatch.responders;

import org.interpreterline.events.dispatch.Responder;

/** A responder as the admin API shows it. */
public record ResponderView(String id, String name, String phone, String agency, String badge, String roster) {

    static ResponderView of(Responder r, String home) {
        return new ResponderView(r.responderId(), r.name(), r.phone(), r.agency(), r.badge(), r.rosterOr(home));
    }
}
