package org.interpreterline.line;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interpreterline.simulator.rest.ApiLogEntry;

/** The calls the line asked Twilio (the simulator) to place, and which offer each one rang an interpreter for. */
final class OfferDials {

    private static final Pattern OFFER_ID = Pattern.compile("offerId=([^&#]+)");

    private OfferDials() {
    }

    /** Whether the entry is a request to place a call (an offer's ring, a texter's call back, ...). */
    static boolean placesACall(ApiLogEntry entry) {
        return "POST".equals(entry.method()) && entry.path().endsWith("/Calls.json");
    }

    /** offer id → when Twilio was first asked to ring an interpreter for it (the offer's id is in the call's Url). */
    static Map<String, Instant> firstByOffer(List<ApiLogEntry> apiLog) {
        Map<String, Instant> dialled = new HashMap<>();
        for (ApiLogEntry e : apiLog) {
            if (placesACall(e)) {
                for (String url : e.params().getOrDefault("Url", List.of())) {
                    Matcher m = OFFER_ID.matcher(url);
                    if (m.find()) {
                        dialled.merge(m.group(1), e.at(), (a, b) -> a.isBefore(b) ? a : b);
                    }
                }
            }
        }
        return dialled;
    }
}
