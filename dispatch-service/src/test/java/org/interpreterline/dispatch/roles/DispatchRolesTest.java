package org.interpreterline.dispatch.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.interpreterline.dispatch.DispatchIntegrationTest;
import org.interpreterline.events.JsonSerde;
import org.interpreterline.testkit.RoleChecks;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Each admin operation dispatch-service serves, tried by each role that may not do it: a supervisor reads and
 * changes nothing, an auditor reads only the audit trail, and the administrator does not read the audit trail.
 */
class DispatchRolesTest extends DispatchIntegrationTest {

    private static final String AUDIT = "GET /api/audit";
    private static final String CANCEL = "POST /api/requests/{idOrReference}/cancel";

    @Test
    void aSupervisorReadsTheHistoryAndIsRefusedEveryChange() throws Exception {
        RoleChecks supervisor = new RoleChecks(port, SUPERVISOR_USER, SUPERVISOR_PASSWORD);
        assertThat(supervisor.send("GET /api/requests?limit=1").statusCode()).isEqualTo(200);
        assertThat(supervisor.send("GET /board").statusCode()).isEqualTo(200);
        assertThat(supervisor.send("GET /board/figures").statusCode()).isEqualTo(200);

        Set<String> changes = new TreeSet<>(operations());
        changes.removeIf(op -> op.startsWith("GET ") || op.startsWith("HEAD "));
        assertThat(changes.remove(CANCEL)).as("supervisors cancel requests").isTrue();
        assertThat(changes).contains("POST /api/responders", "POST /api/requests");
        assertThat(supervisor.notRefused(changes)).isEmpty();

        HttpResponse<String> refused = supervisor.send("POST /api/responders");
        JsonNode problem = JsonSerde.MAPPER.readTree(refused.body());
        assertThat(problem.path("detail").asString()).contains(SUPERVISOR_USER, "supervisor", "nothing else");
        // the one change a supervisor makes: here for a request that does not exist
        assertThat(supervisor.send(CANCEL).statusCode()).isEqualTo(404);
    }

    @Test
    void aSupervisorReadsTheHistoryWithoutTheOfficersNotes() throws Exception {
        HttpResponse<String> accepted = admin("POST", "/api/requests", """
                {"language": "Spanish", "callbackNumber": "%s", "agency": "Pittsburgh Police",
                 "note": "the victim is the neighbour at 12 Elm", "requesterName": "Officer Diaz"}"""
                .formatted(freshPhone()));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String id = JsonSerde.MAPPER.readTree(accepted.body()).path("id").asString();
        await().atMost(Duration.ofSeconds(15)).until(() -> admin("GET", "/api/requests/" + id, null).statusCode(),
                status -> status == 200);
        assertThat(admin("GET", "/api/requests/" + id, null).body()).contains("12 Elm");
        assertThat(admin("GET", "/api/requests?language=es&notes=true", null, "text/csv").body()).contains("12 Elm");

        RoleChecks supervisor = new RoleChecks(port, SUPERVISOR_USER, SUPERVISOR_PASSWORD);
        for (HttpResponse<String> read : List.of(supervisor.send("GET /api/requests/" + id),
                supervisor.send("GET /api/requests?language=es"),
                supervisor.send("GET /api/requests?language=es", "text/csv"))) {
            assertThat(read.statusCode()).as(read.uri().toString()).isEqualTo(200);
            assertThat(read.body()).as(read.uri().toString()).contains(id).doesNotContain("12 Elm");
        }
        HttpResponse<String> withNotes = supervisor.send("GET /api/requests?language=es&notes=true", "text/csv");
        assertThat(withNotes.statusCode()).isEqualTo(403);
        JsonNode problem = JsonSerde.MAPPER.readTree(withNotes.body());
        assertThat(problem.path("errors").path(0).path("field").asString()).isEqualTo("notes");
        assertThat(withNotes.body()).doesNotContain("12 Elm");
    }

    /**
     * A supervisor of one agency's roster: reads that roster's history, requests, board and minutes, is refused
     * another roster's, and everything else dispatch-service serves (deny by default).
     */
    @Test
    void aRostersSupervisorReadsOnlyTheirRostersHistoryBoardAndMinutes_andIsRefusedEverythingElse() throws Exception {
        String ems = opened("""
                {"language": "es", "callbackNumber": "%s", "roster": "ems"}""".formatted(freshPhone()));
        String home = opened("""
                {"language": "es", "callbackNumber": "%s"}""".formatted(freshPhone()));
        RoleChecks emsSupervisor = new RoleChecks(port, EMS_SUPERVISOR_USER, EMS_SUPERVISOR_PASSWORD);

        JsonNode history = JsonSerde.MAPPER.readTree(emsSupervisor.send("GET /api/requests").body());
        assertThat(history.findValuesAsString("requestId")).contains(ems).doesNotContain(home);
        assertThat(history.findValuesAsString("roster")).containsOnly(EMS_ROSTER);
        assertThat(emsSupervisor.send("GET /api/requests", "text/csv").body()).contains(ems).doesNotContain(home);
        assertThat(emsSupervisor.send("GET /api/requests/" + ems).statusCode()).isEqualTo(200);
        assertThat(emsSupervisor.send("GET /api/requests/" + home).statusCode()).as("another roster's: not there")
                .isEqualTo(404);
        HttpResponse<String> other = emsSupervisor.send("GET /api/requests?roster=" + HOME_ROSTER);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(JsonSerde.MAPPER.readTree(other.body()).path("errors").path(0).path("field").asString())
                .isEqualTo("roster");
        assertThat(emsSupervisor.send("GET /board").statusCode()).isEqualTo(200);
        assertThat(emsSupervisor.send("GET /board/figures").statusCode()).isEqualTo(200);
        assertThat(emsSupervisor.send("GET /api/reports/minutes?from=2026-01-01&to=2027-01-01").statusCode())
                .isEqualTo(200);
        assertThat(emsSupervisor.send("GET /api/reports/minutes?from=2026-01-01&to=2027-01-01&roster="
                + HOME_ROSTER).statusCode()).isEqualTo(403);

        Set<String> others = new TreeSet<>(operations());
        others.removeAll(Set.of("GET /api/requests", "GET /api/requests/{idOrReference}", "GET /board",
                "GET /board/figures", "GET /board/events", "GET /api/reports/minutes"));
        assertThat(others).contains("POST /api/responders", "GET /api/responders", CANCEL, AUDIT);
        assertThat(emsSupervisor.notRefused(others)).isEmpty();
        assertThat(emsSupervisor.send("GET /api/responders").body()).contains("supervises one roster");
    }

    /** A CAD request, once the history shows it: its id. */
    private String opened(String json) throws Exception {
        HttpResponse<String> accepted = admin("POST", "/api/requests", json);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String id = JsonSerde.MAPPER.readTree(accepted.body()).path("id").asString();
        await().atMost(Duration.ofSeconds(15)).until(() -> admin("GET", "/api/requests/" + id, null).statusCode(),
                status -> status == 200);
        return id;
    }

    @Test
    void anAuditorIsRefusedEverythingButTheAuditTrail() {
        RoleChecks auditor = new RoleChecks(port, AUDITOR_USER, AUDITOR_PASSWORD);
        Set<String> others = new TreeSet<>(operations());
        others.remove(AUDIT);
        others.add("GET /actuator/prometheus");
        assertThat(others).contains("GET /api/requests", "GET /board", "GET /board/figures");

        assertThat(auditor.notRefused(others)).isEmpty();
        assertThat(auditor.send(AUDIT).statusCode()).isEqualTo(200);
    }

    @Test
    void theAdministratorIsRefusedTheAuditTrail() {
        assertThat(new RoleChecks(port, ADMIN_USER, ADMIN_PASSWORD).notRefused(Set.of(AUDIT))).isEmpty();
    }

    @Test
    void theAuditorSeesWhoReadTheHistory_newestFirst_andCanAskForOnePerson() throws Exception {
        RoleChecks supervisor = new RoleChecks(port, SUPERVISOR_USER, SUPERVISOR_PASSWORD);
        RoleChecks auditor = new RoleChecks(port, AUDITOR_USER, AUDITOR_PASSWORD);
        assertThat(supervisor.send("GET /api/requests?language=ne&limit=3").statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            HttpResponse<String> trail = auditor.send("GET /api/audit?user=" + SUPERVISOR_USER + "&limit=5");
            assertThat(trail.statusCode()).isEqualTo(200);
            JsonNode entries = JsonSerde.MAPPER.readTree(trail.body());
            assertThat(entries.size()).isBetween(1, 5);
            assertThat(entries.findValuesAsString("user")).containsOnly(SUPERVISOR_USER);
            JsonNode newest = entries.get(0);
            assertThat(newest.path("path").asString()).isEqualTo("/api/requests");
            assertThat(newest.path("query").asString()).isEqualTo("language=ne&limit=3");
            assertThat(Integer.parseInt(trail.headers().firstValue("X-Total-Count").orElseThrow()))
                    .isGreaterThanOrEqualTo(entries.size());
        });
    }

    @Test
    void aWrongFilterOfTheTrailNamesTheField() throws Exception {
        RoleChecks auditor = new RoleChecks(port, AUDITOR_USER, AUDITOR_PASSWORD);
        HttpResponse<String> tooMany = auditor.send("GET /api/audit?limit=5000");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(JsonSerde.MAPPER.readTree(tooMany.body()).path("errors").findValuesAsString("field"))
                .containsExactly("limit");

        HttpResponse<String> backwards = auditor.send(
                "GET /api/audit?from=2026-06-02T00:00:00Z&to=2026-06-01T00:00:00Z");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(JsonSerde.MAPPER.readTree(backwards.body()).path("errors").findValuesAsString("field"))
                .containsExactly("from");
    }

    /** "METHOD /path" of every admin operation: the API's own description, and the board. */
    private Set<String> operations() {
        Set<String> operations = new TreeSet<>(new RoleChecks(port, ADMIN_USER, ADMIN_PASSWORD).describedOperations());
        operations.addAll(Set.of("GET /board", "GET /board/events", "GET /board/figures"));
        return operations;
    }
}
