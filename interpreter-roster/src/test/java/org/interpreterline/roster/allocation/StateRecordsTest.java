package org.interpreterline.roster.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.interpreterline.events.Channel;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.events.JsonSerde;
import org.interpreterline.events.Priority;
import org.interpreterline.events.roster.RequestEscalated;
import org.junit.jupiter.api.Test;

/** The stores keep these records as JSON: they must come back equal, and stay readable by people. */
class StateRecordsTest {

    private static final Instant AT = Instant.parse("2026-11-23T02:15:30.123Z");

    static <T> T roundTrip(T value, Class<T> type) {
        JsonSerde<T> serde = new JsonSerde<>(type);
        return serde.deserialize("store", serde.serialize("store", value));
    }

    @Test
    void interpreterRoundTrips() {
        Interpreter i = new Interpreter("i1", "default", "Ana Ruiz", "+14125550102", List.of("es", "pt"), 1,
                InterpreterStatus.ON_CALL, AT, 2, null, "r1", null, InterpreterStatus.BREAK, AT);
        assertThat(roundTrip(i, Interpreter.class)).isEqualTo(i);
    }

    @Test
    void requestRoundTrips_withoutDerivedFieldsInTheJson() {
        RequestDetails details = new RequestDetails("r1", "default", "K7Q2", "es", Channel.SMS, Priority.EMERGENCY,
                "Pittsburgh Police", "+14125550101", null, "note", "req-r1", AT, AT, "i1");
        Request r = new Request(details, Request.Stage.WAITING, List.of("i1", "i2"), List.of("o2"), 2,
                Set.of(RequestEscalated.Reason.ALL_DECLINED, RequestEscalated.Reason.WAITED_TOO_LONG), true, null,
                null, null, AT, AT, List.of("i1"), "i1", AT.plusSeconds(60));
        assertThat(roundTrip(r, Request.class)).isEqualTo(r);
        String json = new String(new JsonSerde<>(Request.class).serialize("t", r), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"reference\":\"K7Q2\"").doesNotContain("\"label\"");
    }

    @Test
    void offerRoundTrips() {
        Offer o = new Offer("o1", "default", "r1", "i1", 3, AT, AT.plusSeconds(40));
        assertThat(roundTrip(o, Offer.class)).isEqualTo(o);
    }
}
