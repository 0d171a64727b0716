package org.interpreterline.events.dispatch;

import java.util.Objects;

/**
 * One registered responder on the compacted {@code dispatch.responders} topic (key = phone in E.164, a
 * null value removes them). A call or text from this phone goes straight to the language menu, whichever of the line's
 * numbers it reaches.
 *
 * @param roster the agency's roster whose administrators keep them; null for the deployment's own (and every one
 *               registered before several rosters)
 */
public record Responder(String responderId, String name, String phone, String agency, String badge, String roster) {

    /** A responder of the deployment's own roster. */
    public Responder(String responderId, String name, String phone, String agency, String badge) {
        this(responderId, name, phone, agency, badge, null);
    }

    /** Their roster; {@code home} when they name none. */
    public String rosterOr(String home) {
        return roster == null || roster.isBlank() ? home : roster;
    }

    public Responder {
        Objects.requireNonNull(responderId, "responderId");
        Objects.requireNonNull(phone, "phone");
    }
}
