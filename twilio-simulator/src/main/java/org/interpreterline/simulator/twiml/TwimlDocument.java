package org.interpreterline.simulator.twiml;

import java.util.List;

/**
 * A parsed {@code <Response>}.
 *
 * @param url where it came from (resolves relative URLs, default Gather action); null for inline TwiML
 */
public record TwimlDocument(List<Verb> verbs, String url) {

    public TwimlDocument {
        verbs = List.copyOf(verbs);
    }
}
