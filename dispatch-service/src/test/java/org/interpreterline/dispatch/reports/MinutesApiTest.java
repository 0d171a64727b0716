package org.interpreterline.dispatch.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.interpreterline.dispatch.DispatchIntegrationTest;
import org.interpreterline.dispatch.LineTopicsTap;
import org.interpreterline.events.Channel;
import org.interpreterline.events.JsonSerde;
import org.interpreterline.events.Topics;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.notification.ConferenceEnded;
import org.interpreterline.events.notification.ParticipantJoined;
import org.interpreterline.events.notification.Party;
import org.interpreterline.events.roster.RequestAssigned;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Minutes for payment from the request history on the real broker: per interpreter and agency, adding up. */
class MinutesApiTest extends DispatchIntegrationTest {

    private static final Duration KAFKA = Duration.ofSeconds(15);

    @Test
    void twoCallsOfOneInterpreterAddUpToTheHistorysConnectedTime_andTheCsvSaysTheSame() throws Exception {
        String interpreterId = "int-" + UUID.randomUUID();
        Instant first = connectedCall(interpreterId, "Pittsburgh Police", 600);
        connectedCall(interpreterId, "Pittsburgh Police", 90);
        String from = first.minusSeconds(3600).toString();
        String to = Instant.now().plusSeconds(3600).toString();

        JsonNode report = JsonSerde.MAPPER.readTree(admin("GET", "/api/reports/minutes?from=" + from + "&to=" + to,
                null).body());
        JsonNode row = StreamSupport.stream(report.path("rows").spliterator(), false)
                .filter(r -> interpreterId.equals(r.path("interpreterId").asString())).findFirst().orElseThrow();
        assertThat(row.path("interpreterName").asString()).isEqualTo("Omar Haddad");
        assertThat(row.path("agency").asString()).isEqualTo("Pittsburgh Police");
        assertThat(row.path("calls").asInt()).isEqualTo(2);
        assertThat(row.path("seconds").asLong()).isEqualTo(690);
        assertThat(row.path("minutes").asDouble()).isEqualTo(11.5);
        assertThat(row.path("daySeconds").asLong() + row.path("nightSeconds").asLong()
                + row.path("weekendSeconds").asLong()).isEqualTo(690);

        // the totals are the request history's: every request whose interpreter joined in the period and whose call ended
        JsonNode history = JsonSerde.MAPPER.readTree(admin("GET", "/api/requests", null).body());
        long calls = 0;
        long seconds = 0;
        for (JsonNode r : history) {
            if (!r.path("connectedAt").isMissingNode() && !r.path("connectedAt").isNull()
                    && !r.path("endedAt").isNull() && !r.path("endedAt").isMissingNode()) {
                Instant joined = Instant.parse(r.path("connectedAt").asString());
                if (!joined.isBefore(Instant.parse(from)) && joined.isBefore(Instant.parse(to))) {
                    calls++;
                    seconds += Duration.between(joined, Instant.parse(r.path("endedAt").asString())).toSeconds();
                }
            }
        }
        assertThat(report.path("total").path("calls").asLong()).isEqualTo(calls);
        assertThat(report.path("total").path("seconds").asLong()).isEqualTo(seconds);

        HttpResponse<String> csv = admin("GET", "/api/reports/minutes?from=" + from + "&to=" + to, null, "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo(String.join(",", MinutesApi.HEADER));
        assertThat(lines).anyMatch(l -> l.startsWith(interpreterId + ",Omar Haddad,Pittsburgh Police,2,11.50,"));
        assertThat(lines[lines.length - 1]).startsWith(",total,,");
    }

    @Test
    void aPeriodThatCannotBeReadIsA400NamingTheField() throws Exception {
        HttpResponse<String> noFrom = admin("GET", "/api/reports/minutes?to=2026-12-01", null);
        assertThat(noFrom.statusCode()).isEqualTo(400);
        assertThat(noFrom.body()).contains("from");
        HttpResponse<String> backwards = admin("GET", "/api/reports/minutes?from=2026-12-01&to=2026-11-01", null);
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("\"to\"");
    }

    /** A CAD request its interpreter joined, and whose conference ended {@code seconds} later. */
    private Instant connectedCall(String interpreterId, String agency, int seconds) throws Exception {
        HttpResponse<String> accepted = admin("POST", "/api/requests", """
                {"language": "Spanish", "callbackNumber": "%s", "agency": "%s", "priority": "urgent"}"""
                .formatted(freshPhone(), agency));
        assertThat(accepted.statusCode()).isEqualTo(202);
        String id = JsonSerde.MAPPER.readTree(accepted.body()).path("id").asString();
        RequestOpened opened = (RequestOpened) LineTopicsTap.awaitDispatchEvent(
                e -> e instanceof RequestOpened o && id.equals(o.requestId()), KAFKA);
        Instant t = opened.occurredAt();
        String conference = "req-" + id;
        LineTopicsTap.publish(Topics.ROSTER_EVENTS, "default", new RequestAssigned(UUID.randomUUID(),
                t.plusSeconds(5), "default", id, "o-" + id, interpreterId, "Omar Haddad", "es", Channel.API,
                opened.requesterPhone(), conference));
        LineTopicsTap.publish(Topics.NOTIFICATION_EVENTS, "default", new ParticipantJoined(UUID.randomUUID(),
                t.plusSeconds(10), "default", id, conference, "CF-" + id, "CA-" + id, Party.INTERPRETER));
        LineTopicsTap.publish(Topics.NOTIFICATION_EVENTS, "default", new ConferenceEnded(UUID.randomUUID(),
                t.plusSeconds(10 + seconds), "default", id, conference, "CF-" + id));
        await().atMost(KAFKA).until(() -> "ENDED".equals(JsonSerde.MAPPER.readTree(
                admin("GET", "/api/requests/" + id, null).body()).path("status").asString()));
        return t.plusSeconds(10);
    }
}
