package org.interpreterline.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.interpreterline.simulator.rest.ApiLogEntry;
import org.junit.jupiter.api.Test;

class OfferDialsTest {

    static final String CALLS = "/2010-04-01/Accounts/AC123/Calls.json";
    static final Instant T = Instant.parse("2026-12-07T22:00:00Z");

    @Test
    void eachOfferIsDialledWhenTwilioWasFirstAskedToRingForIt() {
        String offer = "9ddfce42-7a22-43ff-9d40-6aa606271232";
        List<ApiLogEntry> log = List.of(
                call(T.plusSeconds(3), "https://line.example/twilio/offer?offerId=" + offer + "&repeat=1"),
                call(T.plusSeconds(1), "https://line.example/twilio/offer?offerId=" + offer),
                // a texter's call back names no offer; a message is not a call
                call(T.plusSeconds(2), "https://line.example/twilio/voice/callback?requestId=r-1"),
                new ApiLogEntry(T, "POST", "/2010-04-01/Accounts/AC123/Messages.json",
                        Map.of("Url", List.of("https://line.example/twilio/offer?offerId=not-a-call")), 201));

        assertThat(OfferDials.firstByOffer(log)).isEqualTo(Map.of(offer, T.plusSeconds(1)));
        assertThat(log).filteredOn(OfferDials::placesACall).hasSize(3);
    }

    private static ApiLogEntry call(Instant at, String url) {
        return new ApiLogEntry(at, "POST", CALLS, Map.of("Url", List.of(url)), 201);
    }
}
