package org.interpreterline.roster.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.interpreterline.roster.RunningRoster;
import org.interpreterline.testkit.RoleChecks;
import org.junit.jupiter.api.Test;

/**
 * Each admin operation of the roster, tried by each role that may not do it: a supervisor sees the roster and
 * changes none of it, an auditor reads only the audit trail, and the administrator does not read the audit trail.
 */
class RosterRolesTest extends RunningRoster {

    private static final String AUDIT = "GET /api/audit";

    @Test
    void aSupervisorSeesTheRosterAndIsRefusedEveryChange() {
        RoleChecks supervisor = new RoleChecks(port, "shift-supervisor", "test-supervisor-pw");
        assertThat(supervisor.send("GET /api/interpreters").statusCode()).isEqualTo(200);
        assertThat(supervisor.send("GET /api/coverage").statusCode()).isEqualTo(200);
        assertThat(supervisor.send("GET /api/coverage/forecast").statusCode()).isEqualTo(200);

        Set<String> changes = new TreeSet<>(operations());
        changes.removeIf(op -> op.startsWith("GET "));
        assertThat(changes).contains("POST /api/interpreters", "PUT /api/interpreters/{id}/presence",
                "PUT /api/interpreters/{id}/availability", "DELETE /api/interpreters/{id}");
        assertThat(supervisor.notRefused(changes)).isEmpty();
    }

    @Test
    void anAuditorIsRefusedEverythingButTheAuditTrail() {
        RoleChecks auditor = new RoleChecks(port, "city-auditor", "test-auditor-pw");
        Set<String> others = new TreeSet<>(operations());
        assertThat(others.remove(AUDIT)).isTrue();
        assertThat(others).contains("GET /api/interpreters", "POST /api/interpreters", "GET /api/coverage/forecast");

        assertThat(auditor.notRefused(others)).isEmpty();
        assertThat(auditor.send(AUDIT).statusCode()).isEqualTo(200);
    }

    @Test
    void theAdministratorIsRefusedTheAuditTrail() {
        assertThat(new RoleChecks(port, "admin", "test-only-password").notRefused(Set.of(AUDIT))).isEmpty();
    }

    private Set<String> operations() {
        return new RoleChecks(port, "admin", "test-only-password").describedOperations();
    }
}
