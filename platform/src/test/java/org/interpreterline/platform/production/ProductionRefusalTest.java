package org.interpreterline.platform.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.interpreterline.platform.testapp.GuardedService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With the {@code production} profile a service refuses to start on the simulator's settings, and says every
 * problem at once; with a real account and strong credentials it starts.
 */
class ProductionRefusalTest {

    @Test
    void theSimulatorsSettingsAreRefusedWithEveryProblemNamed() {
        Throwable refused = catchThrowable(() -> GuardedService.start(
                "spring.profiles.active=production",
                "line.twilio.auth-token=simulator-token-not-a-secret",
                "line.twilio.api-base-url=http://127.0.0.1:8090",
                "line.twilio.public-url=http://127.0.0.1:8081",
                "line.admin.password=admin123").close());

        assertThat(refused).as("the service started in production on the simulator's settings").isNotNull();
        String message = messages(refused);
        assertThat(message).contains("TWILIO_AUTH_TOKEN", "TWILIO_API_BASE_URL", "line.twilio.public-url",
                "ADMIN_PASSWORD", "LINE_RESIDENT_MASTER_KEY");
    }

    @Test
    void anUnsetAdminPasswordAndAShortTokenAreRefused() {
        Throwable refused = catchThrowable(() -> GuardedService.start(
                "spring.profiles.active=production",
                "line.twilio.auth-token=0123456789abcdef",
                "line.admin.password=").close());

        assertThat(refused).isNotNull();
        assertThat(messages(refused)).contains("TWILIO_AUTH_TOKEN", "ADMIN_PASSWORD");
    }

    @Test
    void aRostersSupervisorWithAWeakPasswordIsRefused() {
        Throwable refused = catchThrowable(() -> GuardedService.start(
                "spring.profiles.active=production",
                "line.twilio.auth-token=0123456789abcdef0123456789abcdef",
                "line.twilio.api-base-url=https://api.twilio.com",
                "line.twilio.public-url=https://dispatch.line.example.org",
                "line.admin.password=a-long-and-random-admin-password",
                "line.residents.master-key=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                "line.rosters.numbers=ems=+14125550200",
                "line.admin.roster-supervisors.ems.user=ems-supervisor",
                "line.admin.roster-supervisors.ems.password=short").close());

        assertThat(refused).isNotNull();
        assertThat(messages(refused)).contains("roster ems's supervisor", "too weak");
    }

    @Test
    void aRealAccountWithStrongCredentialsOverHttpsStarts() {
        try (ConfigurableApplicationContext started = GuardedService.start(
                "spring.profiles.active=production",
                "line.twilio.auth-token=0123456789abcdef0123456789abcdef",
                "line.twilio.api-base-url=https://api.twilio.com",
                "line.twilio.public-url=https://dispatch.line.example.org",
                "line.admin.password=a-long-and-random-admin-password",
                // a test value, not a secret: production takes it from the environment
                "line.residents.master-key=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")) {
            assertThat(started.isActive()).isTrue();
        }
    }

    private static String messages(Throwable thrown) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
