package org.interpreterline.dispatch.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.interpreterline.dispatch.requests.RequestOutcome;
import org.interpreterline.dispatch.requests.RequestRecord;
import org.interpreterline.dispatch.requests.RequestStatus;
import org.interpreterline.dispatch.requests.TimelineEntry;
import org.interpreterline.events.Channel;
import org.interpreterline.events.Priority;
import org.junit.jupiter.api.Test;

/** Today's figures of a scripted set of requests, each worked out by hand below. */
class DayCountTest {

    private static final Instant T0 = Instant.parse("2026-12-06T15:00:00Z");

    @Test
    void fillRateAndMedianOfAScriptedDay() {
        List<RequestRecord> day = List.of(
                connected("r1", T0, Duration.ofSeconds(12)),
                connected("r2", T0.plusSeconds(300), Duration.ofSeconds(30)),
                connected("r3", T0.plusSeconds(600), Duration.ofMillis(7_500)),
                connected("r4", T0.plusSeconds(1200), Duration.ofSeconds(60)),
                cancelled("r5", T0.plusSeconds(1500)),
                escalatedToTheFallback("r6", T0.plusSeconds(1800)),
                escalatedWithNoFallback("r7", T0.plusSeconds(2100)),
                opened("r8", T0.plusSeconds(2400)).done()); // still waiting

        DayCount count = DayCount.of(day);

        assertThat(count.opened()).isEqualTo(8);
        assertThat(count.connected()).isEqualTo(4);
        assertThat(count.cancelled()).isEqualTo(1);
        assertThat(count.escalated()).isEqualTo(2); // r6 and r7: the one still waiting was escalated too
        assertThat(count.fillRate()).isEqualTo(0.5); // 4 connected of 8 opened
        // 7.5 s, 12 s, 30 s, 60 s: an even count, the mean of the middle two, (12 + 30) / 2 = 21 s
        assertThat(count.medianToConnectMillis()).isEqualTo(21_000L);
    }

    @Test
    void anOddCountHasItsMiddleAsMedian() {
        DayCount count = DayCount.of(List.of(
                connected("r1", T0, Duration.ofSeconds(12)),
                connected("r2", T0.plusSeconds(300), Duration.ofSeconds(30)),
                connected("r3", T0.plusSeconds(600), Duration.ofMillis(7_500)),
                cancelled("r4", T0.plusSeconds(900))));

        assertThat(count.fillRate()).isEqualTo(0.75); // 3 of 4
        assertThat(count.medianToConnectMillis()).isEqualTo(12_000L); // 7.5 s, 12 s, 30 s
    }

    @Test
    void aCallThatEndedStillCountsAsConnected() {
        RequestRecord ended = connected("r1", T0, Duration.ofSeconds(9)).change().status(RequestStatus.ENDED)
                .endedAt(T0.plusSeconds(600)).done();

        DayCount count = DayCount.of(List.of(ended));

        assertThat(count.connected()).isOne();
        assertThat(count.fillRate()).isEqualTo(1.0);
        assertThat(count.medianToConnectMillis()).isEqualTo(9_000L);
    }

    @Test
    void aQuietDayHasNoRateAndNoMedian() {
        DayCount count = DayCount.of(List.of());

        assertThat(count.opened()).isZero();
        assertThat(count.fillRate()).isNull();
        assertThat(count.medianToConnectMillis()).isNull();

        DayCount nobodyConnected = DayCount.of(List.of(cancelled("r1", T0)));
        assertThat(nobodyConnected.fillRate()).isZero();
        assertThat(nobodyConnected.medianToConnectMillis()).isNull();
    }

    static RequestRecord.Change opened(String id, Instant at) {
        return RequestRecord.unknown(id).change().details("R" + id, "es", Channel.SMS, Priority.URGENT,
                        "Pittsburgh Police", "Officer Diaz", "+14125550111", null, null, "req-" + id, at)
                .log(new TimelineEntry(at, "RequestOpened", "opened", UUID.randomUUID()));
    }

    static RequestRecord connected(String id, Instant at, Duration toConnect) {
        Instant joined = at.plus(toConnect);
        return opened(id, at).status(RequestStatus.CONNECTED).interpreter("int-ana", "Ana Ruiz")
                .connectedAt(joined).outcome(RequestOutcome.CONNECTED)
                .log(new TimelineEntry(joined, "ParticipantJoined", "interpreter joined", UUID.randomUUID()))
                .done();
    }

    static RequestRecord cancelled(String id, Instant at) {
        return opened(id, at).status(RequestStatus.CANCELLED).outcome(RequestOutcome.CANCELLED)
                .endedAt(at.plusSeconds(20))
                .log(new TimelineEntry(at.plusSeconds(20), "RequestCancelled", "cancelled", UUID.randomUUID()))
                .done();
    }

    private static RequestRecord escalatedToTheFallback(String id, Instant at) {
        return opened(id, at).status(RequestStatus.ESCALATED).outcome(RequestOutcome.ESCALATED)
                .log(new TimelineEntry(at.plusSeconds(1), "RequestEscalated", "to the fallback", UUID.randomUUID()))
                .done();
    }

    private static RequestRecord escalatedWithNoFallback(String id, Instant at) {
        return opened(id, at).status(RequestStatus.QUEUED)
                .log(new TimelineEntry(at.plusSeconds(1), "RequestEscalated", "no fallback", UUID.randomUUID()))
                .done();
    }
}
