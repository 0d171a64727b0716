package org.interpreterline.events.dispatch;

import java.util.Objects;

/**
 * One registered responder on the compacted {@code dispatch.responders} topic (key = phone in E.164, a
 * null value removes them). A call or text from this phone goes straight to the language menu.
 */
public record Responder(String responderId, String name, String phone, String agency, String badge) {

    public Responder {
        Objects.requireNonNull(responderId, "responderId");
        Objects.requireNonNull(phone, "phone");
    }
}
