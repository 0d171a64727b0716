package org.interpreterline.platform.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.interpreterline.platform.testapp.GuardedService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** A supervisor's or an auditor's credentials that cannot work stop the service at start-up, saying why. */
class RoleCredentialsTest {

    @Test
    void aUserNameWithoutAPasswordIsRefused() {
        assertThatThrownBy(() -> GuardedService.start("line.admin.supervisor.user=night-supervisor").close())
                .hasStackTraceContaining("a user name needs a password, and a password a user name");
    }

    @Test
    void theAuditorCannotShareTheAdministratorsName() {
        assertThatThrownBy(() -> GuardedService.start("line.admin.auditor.user=" + GuardedService.ADMIN_USER,
                "line.admin.auditor.password=another-password").close())
                .hasStackTraceContaining("need user names of their own");
    }

    @Test
    void distinctCompleteCredentialsStart() {
        try (ConfigurableApplicationContext service = GuardedService.start(
                "line.admin.supervisor.user=night-supervisor", "line.admin.supervisor.password=s3cret-enough",
                "line.admin.auditor.user=city-auditor", "line.admin.auditor.password=an0ther-s3cret")) {
            AdminProperties admin = service.getBean(AdminProperties.class);
            assertThat(admin.supervisor().user()).isEqualTo("night-supervisor");
            assertThat(admin.auditor().user()).isEqualTo("city-auditor");
        }
    }

    @Test
    void aSupervisorOfARosterTheLineDoesNotServeIsRefused() {
        assertThatThrownBy(() -> GuardedService.start("line.admin.roster-supervisors.fire.user=fire-chief",
                "line.admin.roster-supervisors.fire.password=s3cret-enough").close())
                .hasStackTraceContaining("'fire' is not a roster of this line");
    }

    /** Deny by default: a roster's supervisor reaches the reads listed for the role, as their roster's, and no more. */
    @Test
    void aRostersSupervisorReadsTheirRostersHistoryAndIsRefusedEverythingElse() throws Exception {
        try (ConfigurableApplicationContext service = GuardedService.start(
                "line.rosters.numbers=ems=+14125550200",
                "line.admin.roster-supervisors.ems.user=ems-supervisor",
                "line.admin.roster-supervisors.ems.password=s3cret-enough")) {
            HttpClient http = HttpClient.newHttpClient();
            String ems = GuardedService.basic("ems-supervisor", "s3cret-enough");
            HttpResponse<String> history = get(http, service, "/api/requests", ems);
            HttpResponse<String> things = get(http, service, "/api/things", ems);
            HttpResponse<String> asAdmin = get(http, service, "/api/requests", GuardedService.admin());

            assertThat(history.statusCode()).isEqualTo(200);
            assertThat(history.body()).contains("\"limitedTo\":\"ems\"");
            assertThat(things.statusCode()).isEqualTo(403);
            assertThat(things.body()).contains("supervises one roster");
            assertThat(asAdmin.body()).contains("every roster");
        }
    }

    private static HttpResponse<String> get(HttpClient http, ConfigurableApplicationContext service, String path,
            String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + GuardedService.port(service) + path))
                .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
