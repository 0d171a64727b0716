package org.interpreterline.dispatch.requests;

import java.util.List;

/** A reference typed where one request is meant matches several: the caller must use a request id. */
final class AmbiguousReference extends RuntimeException {

    private final String reference;
    private final List<String> requestIds;

    AmbiguousReference(String reference, List<String> requestIds) {
        super("Reference " + reference + " matches requests " + String.join(" and ", requestIds)
                + ": use the request id.");
        this.reference = reference;
        this.requestIds = List.copyOf(requestIds);
    }

    String reference() {
        return reference;
    }

    List<String> requestIds() {
        return requestIds;
    }
}
