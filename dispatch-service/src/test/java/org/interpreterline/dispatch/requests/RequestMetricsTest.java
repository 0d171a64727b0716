package org.interpreterline.dispatch.requests;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.interpreterline.events.Channel;
import org.interpreterline.events.Priority;
import org.interpreterline.platform.rosters.LineRosters;
import org.junit.jupiter.api.Test;

/** {@code line_requests_total} and {@code line_connect_seconds}: what is counted when, and how often. */
class RequestMetricsTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final RequestMetrics metrics = new RequestMetrics(meters,
            LineRosters.of("default", "+14125550100", List.of("ems=+14125550101")));

    @Test
    void anOpeningRegistersItsLanguageAndChannelAtZeroSoTheFirstOutcomeIsARiseNotANewSeries() {
        RequestRecord unknown = RequestRecord.unknown("r1");
        metrics.changed(unknown, opened(unknown));

        assertThat(counts()).containsExactly(Map.entry("connected", 0.0), Map.entry("escalated", 0.0),
                Map.entry("cancelled", 0.0), Map.entry("failed", 0.0));
        Timer connect = meters.get("line_connect").tag("language", "es").tag("channel", "voice").timer();
        assertThat(connect.count()).isZero();
        assertThat(Arrays.stream(connect.takeSnapshot().histogramCounts()).map(CountAtBucket::bucket)
                .map(nanos -> nanos / 1e9)).containsExactly(1.0, 2.0, 3.0, 5.0, 8.0, 10.0, 15.0, 20.0, 30.0, 45.0,
                60.0, 90.0, 120.0);
    }

    @Test
    void aRequestIsCountedOnceUnderItsFirstOutcome() {
        RequestRecord opened = opened(RequestRecord.unknown("r1"));
        metrics.changed(RequestRecord.unknown("r1"), opened);
        RequestRecord failed = opened.change().status(RequestStatus.ENDED).outcome(RequestOutcome.FAILED).done();
        metrics.changed(opened, failed);
        // the officer's hang-up arrives after the empty conference ended: the record now says cancelled
        metrics.changed(failed, failed.change().status(RequestStatus.CANCELLED).outcome(RequestOutcome.CANCELLED)
                .done());

        assertThat(counts()).containsEntry("failed", 1.0).containsEntry("cancelled", 0.0);
    }

    @Test
    void anOutcomeReadBeforeTheOpeningIsCountedWhenTheOpeningArrives() {
        RequestRecord unknown = RequestRecord.unknown("r1");
        RequestRecord escalated = unknown.change().status(RequestStatus.ESCALATED)
                .outcome(RequestOutcome.ESCALATED).done();
        metrics.changed(unknown, escalated);
        assertThat(meters.find("line_requests").counters()).isEmpty();

        metrics.changed(escalated, opened(escalated));

        assertThat(counts()).containsEntry("escalated", 1.0);
    }

    @Test
    void theTimeToConnectIsRecordedOnceWhenTheInterpreterJoins() {
        RequestRecord opened = opened(RequestRecord.unknown("r1"));
        RequestRecord connected = opened.change().status(RequestStatus.CONNECTED).connectedAt(T0.plusSeconds(12))
                .outcome(RequestOutcome.CONNECTED).done();
        metrics.changed(opened, connected);
        metrics.changed(connected, connected.change().status(RequestStatus.ENDED).endedAt(T0.plusSeconds(300))
                .done());

        Timer connect = meters.get("line_connect").timer();
        assertThat(connect.count()).isOne();
        assertThat(connect.totalTime(TimeUnit.SECONDS)).isEqualTo(12);
        assertThat(counts()).containsEntry("connected", 1.0);
    }

    @Test
    void aRequestIsCountedUnderItsRoster_andARecordWrittenBeforeRostersUnderTheDeploymentsOwn() {
        RequestRecord ems = opened(RequestRecord.unknown("r1")).change().roster("ems").done();
        metrics.changed(RequestRecord.unknown("r1"), ems);
        metrics.changed(ems, ems.change().status(RequestStatus.CONNECTED).connectedAt(T0.plusSeconds(5))
                .outcome(RequestOutcome.CONNECTED).done());
        RequestRecord older = opened(RequestRecord.unknown("r2"));
        metrics.changed(RequestRecord.unknown("r2"), older);
        metrics.changed(older, older.change().status(RequestStatus.CANCELLED).outcome(RequestOutcome.CANCELLED)
                .done());

        assertThat(meters.get("line_requests").tag("roster", "ems").tag("outcome", "connected").counter().count())
                .isOne();
        assertThat(meters.get("line_connect").tag("roster", "ems").timer().count()).isOne();
        assertThat(meters.get("line_requests").tag("roster", "default").tag("outcome", "cancelled").counter()
                .count()).isOne();
        assertThat(meters.get("line_requests").tag("roster", "default").tag("outcome", "connected").counter()
                .count()).isZero();
        // one label set per name, as Prometheus requires
        assertThat(meters.find("line_requests").counters()).allSatisfy(c -> assertThat(c.getId().getTag("roster"))
                .isNotNull());
        assertThat(meters.find("line_connect").timers()).allSatisfy(t -> assertThat(t.getId().getTag("roster"))
                .isNotNull());
    }

    private static RequestRecord opened(RequestRecord before) {
        return before.change().details("K7Q2", "es", Channel.VOICE, Priority.EMERGENCY, "Pittsburgh Police",
                "Officer Diaz", "+14125550111", "CA1", null, "req-r1", T0).done();
    }

    private Map<String, Double> counts() {
        Map<String, Double> counts = new LinkedHashMap<>();
        for (RequestOutcome outcome : RequestOutcome.values()) {
            Counter c = meters.find("line_requests").tag("outcome", outcome.label()).counter();
            if (c != null) {
                counts.put(outcome.label(), c.count());
            }
        }
        return counts;
    }
}
