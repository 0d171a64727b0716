package org.interpreterline.dispatch.requests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The value of the {@code request-references} store: the ids of every request that held a reference, oldest
 * first, separated by spaces. Request ids are UUIDs, so a store written when it held one id per reference reads as
 * a list of one.
 */
final class ReferenceHolders {

    private ReferenceHolders() {
    }

    static List<String> parse(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.asList(value.strip().split(" +"));
    }

    static String with(String value, String requestId) {
        List<String> holders = new ArrayList<>(parse(value));
        if (!holders.contains(requestId)) {
            holders.add(requestId);
        }
        return String.join(" ", holders);
    }
}
