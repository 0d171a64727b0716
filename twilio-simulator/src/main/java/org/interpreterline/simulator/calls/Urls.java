package org.interpreterline.simulator.calls;

import java.net.URI;
import java.net.URISyntaxException;

/** Relative URLs in TwiML resolve against the URL of the document they appear in. */
final class Urls {

    private Urls() {
    }

    static String resolve(String documentUrl, String reference) throws ApplicationError {
        try {
            URI target = new URI(reference.strip());
            if (target.isAbsolute()) {
                return target.toString();
            }
            if (documentUrl == null) {
                throw new ApplicationError(ApplicationError.INVALID_URL, "relative URL '" + reference + "' in inline TwiML", reference);
            }
            return new URI(documentUrl).resolve(target).toString();
        } catch (URISyntaxException e) {
            throw new ApplicationError(ApplicationError.INVALID_URL, "invalid URL '" + reference + "'", reference);
        }
    }
}
