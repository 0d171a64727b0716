package org.interpreterline.platform.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
