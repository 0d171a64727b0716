package org.interpreterline.dispatch.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import org.interpreterline.events.Channel;
import org.interpreterline.events.Priority;
import org.interpreterline.events.language.LanguageCatalog;
import org.interpreterline.platform.rosters.LineRosters;
import org.interpreterline.platform.routing.RosterOwner;
import org.junit.jupiter.api.Test;

/** {@code line_requests_waiting{language, roster}}: every roster's zeros from the start, each request under its own. */
class RequestsWaitingTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final RequestRecords records = mock(RequestRecords.class);
    private final LanguageCatalog catalog = LanguageCatalog.standard();

    RequestsWaitingTest() {
        new RequestsWaiting(records, mock(RosterOwner.class), catalog,
                LineRosters.of("default", "+14125550100", List.of("ems=+14125550101")), meters);
    }

    @Test
    void everyRosterAndLanguageIsASeriesFromTheStart_andEachWaitingRequestCountsUnderItsRoster() {
        assertThat(meters.find("line_requests_waiting").gauges()).hasSize(2 * catalog.all().size())
                .allSatisfy(g -> assertThat(g.getId().getTag("roster")).isIn("default", "ems"));

        when(records.matching(any())).thenReturn(List.of(waiting("r1", "ems"), waiting("r2", "ems"),
                waiting("r3", null)));

        assertThat(gauge("ems", "es").value()).isEqualTo(2);
        assertThat(gauge("default", "es").value()).as("written before requests named a roster").isEqualTo(1);
        assertThat(gauge("ems", "ar").value()).isZero();
    }

    private Gauge gauge(String roster, String language) {
        return meters.get("line_requests_waiting").tag("roster", roster).tag("language", language).gauge();
    }

    private static RequestRecord waiting(String id, String roster) {
        return RequestRecord.unknown(id).change().details("K7Q" + id.charAt(1), "es", Channel.SMS, Priority.URGENT,
                null, null, null, null, null, "req-" + id, Instant.parse("2026-03-01T10:00:00Z")).roster(roster)
                .done();
    }
}
