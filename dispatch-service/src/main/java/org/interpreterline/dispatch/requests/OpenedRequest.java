package org.interpreterline.dispatch.requests;

import org.interpreterline.dispatch.publishing.Delivery;
import org.interpreterline.events.language.Language;

/**
 * A request just published: what the requester is told, and whether Kafka took it.
 *
 * @param sameInterpreter it asks for the interpreter of the officer's last call first
 */
public record OpenedRequest(String requestId, SpokenReference reference, Language language, String conferenceName,
        Delivery delivery, boolean sameInterpreter) {
}
