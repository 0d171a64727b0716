package org.interpreterline.dispatch.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.interpreterline.dispatch.requests.PaidCall;
import org.interpreterline.events.Channel;
import org.interpreterline.events.Priority;
import org.interpreterline.dispatch.requests.RequestRecord;
import org.interpreterline.dispatch.requests.RequestStatus;
import org.junit.jupiter.api.Test;

/**
 * The minutes of calls older than the request history come from the report's own record; a call that is in both
 * counts once, and a call still going is counted apart. Figures worked out by hand: a Tuesday afternoon in Pittsburgh.
 */
class MinutesReportTest {

    private static final PayBands BANDS = new PayBands(new ReportSettings(ZoneId.of("America/New_York"),
            LocalTime.of(22, 0), LocalTime.of(6, 0)));
    private static final Instant FROM = Instant.parse("2026-03-03T05:00:00Z"); // Tuesday 00:00 local
    private static final Instant TO = FROM.plusSeconds(86_400);
    private static final Instant AFTERNOON = Instant.parse("2026-03-03T19:00:00Z"); // 14:00 local

    @Test
    void aForgottenRequestsCallStillCounts_aCallInBothOnce_aCallGoingApart() {
        PaidCall forgotten = new PaidCall("r-old", "int-1", "Omar Haddad", "Pittsburgh Police", AFTERNOON,
                AFTERNOON.plusSeconds(600));
        PaidCall kept = new PaidCall("r-kept", "int-1", "Omar Haddad", "Pittsburgh Police",
                AFTERNOON.plusSeconds(3600), AFTERNOON.plusSeconds(3900));
        RequestRecord inHistory = connected("r-kept", AFTERNOON.plusSeconds(3600), AFTERNOON.plusSeconds(3900));
        RequestRecord going = connected("r-now", AFTERNOON.plusSeconds(7200), null);

        MinutesReport report = MinutesReport.of(List.of(inHistory, going), List.of(forgotten, kept), FROM, TO, BANDS);

        assertThat(report.rows()).singleElement().satisfies(row -> {
            assertThat(row.calls()).isEqualTo(2);
            assertThat(row.seconds()).isEqualTo(600 + 300);
            assertThat(row.daySeconds()).isEqualTo(900);
        });
        assertThat(report.total().seconds()).isEqualTo(900);
        assertThat(report.stillConnected()).isEqualTo(1);
    }

    private static RequestRecord connected(String id, Instant joined, Instant ended) {
        return RequestRecord.unknown(id).change().status(ended == null ? RequestStatus.CONNECTED : RequestStatus.ENDED)
                .details(null, "ar", Channel.VOICE, Priority.EMERGENCY, "Pittsburgh Police", null, null, null, null,
                        null, joined).interpreter("int-1", "Omar Haddad").connectedAt(joined).endedAt(ended).done();
    }
}
