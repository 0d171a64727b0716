package org.interpreterline.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.interpreterline.local.admin.AdminCredentials;
import org.junit.jupiter.api.Test;

class LineEnvironmentTest {

    static final AdminCredentials ADMIN = new AdminCredentials("admin", "secret", false);

    @Test
    void withNothingSetTheServicesUseTheLocalBrokerAndSimulatorOnTheirOwnPorts() {
        LineEnvironment env = new LineEnvironment(Map.of(), LocalPorts.withOffset(10), ADMIN);

        assertThat(env.builtInSimulator()).isTrue();
        assertThat(env.builtInBroker()).isTrue();
        assertThat(env.forServices()).containsAllEntriesOf(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9102",
                "TWILIO_API_BASE_URL", "http://127.0.0.1:8100",
                "DISPATCH_PUBLIC_URL", "http://127.0.0.1:8091",
                "NOTIFICATION_PUBLIC_URL", "http://127.0.0.1:8093",
                "ADMIN_USER", "admin",
                "ADMIN_PASSWORD", "secret",
                "SERVER_ADDRESS", "127.0.0.1"));
        assertThat(env.forSimulator()).containsEntry("SIMULATOR_PORT", "8100")
                .containsEntry("DISPATCH_PUBLIC_URL", "http://127.0.0.1:8091")
                .containsEntry("SERVER_ADDRESS", "127.0.0.1");
    }

    @Test
    void aBindAddressIsHandedToTheServicesAndTheSimulatorAndUsedToReachThem() {
        LineEnvironment everywhere = new LineEnvironment(Map.of(), LocalPorts.withOffset(0), ADMIN, "0.0.0.0");
        LineEnvironment oneInterface = new LineEnvironment(Map.of(), LocalPorts.withOffset(0), ADMIN, "192.0.2.10");

        assertThat(everywhere.forServices()).containsEntry("SERVER_ADDRESS", "0.0.0.0");
        assertThat(everywhere.forSimulator()).containsEntry("SERVER_ADDRESS", "0.0.0.0");
        assertThat(everywhere.simulatorUrl()).isEqualTo("http://127.0.0.1:8090");
        assertThat(oneInterface.forServices()).containsEntry("SERVER_ADDRESS", "192.0.2.10")
                .containsEntry("DISPATCH_PUBLIC_URL", "http://192.0.2.10:8081")
                .containsEntry("TWILIO_API_BASE_URL", "http://127.0.0.1:8090");
        assertThat(oneInterface.forSimulator()).containsEntry("SERVER_ADDRESS", "127.0.0.1");
    }

    @Test
    void realTwilioAndAnotherBrokerReplaceTheBuiltInOnes() {
        LineEnvironment env = new LineEnvironment(Map.of(
                "TWILIO_API_BASE_URL", "https://api.twilio.com",
                "TWILIO_ACCOUNT_SID", "AC0123", "TWILIO_AUTH_TOKEN", "token",
                "KAFKA_BOOTSTRAP_SERVERS", "kafka.example:9092",
                "DISPATCH_PUBLIC_URL", "https://line.example"), LocalPorts.withOffset(0), ADMIN);

        assertThat(env.builtInSimulator()).isFalse();
        assertThat(env.builtInBroker()).isFalse();
        assertThat(env.twilioAccountSet()).isTrue();
        assertThat(env.forServices()).containsEntry("TWILIO_API_BASE_URL", "https://api.twilio.com")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka.example:9092")
                .containsEntry("DISPATCH_PUBLIC_URL", "https://line.example");
    }

    @Test
    void theLocalSimulatorNamedExplicitlyIsStillTheBuiltInOne() {
        LineEnvironment env = new LineEnvironment(Map.of("TWILIO_API_BASE_URL", "http://localhost:8090/"),
                LocalPorts.withOffset(0), ADMIN);

        assertThat(env.builtInSimulator()).isTrue();
        assertThat(env.twilioAccountSet()).isFalse();
    }
}
