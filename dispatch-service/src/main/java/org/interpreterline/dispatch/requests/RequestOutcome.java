package org.interpreterline.dispatch.requests;

import java.util.Locale;
import java.util.Optional;

/** How a request turned out; the {@code outcome} label of {@code line_requests_total} and the API filter. */
public enum RequestOutcome {
    CONNECTED, ESCALATED, CANCELLED, FAILED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RequestOutcome> fromLabel(String label) {
        for (RequestOutcome outcome : values()) {
            if (outcome.label().equalsIgnoreCase(label == null ? "" : label.strip())) {
                return Optional.of(outcome);
            }
        }
        return Optional.empty();
    }
}
