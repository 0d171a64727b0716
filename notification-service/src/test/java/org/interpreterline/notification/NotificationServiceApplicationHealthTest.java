package org.interpreterline.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.interpreterline.testkit.ServiceProbe;
import org.interpreterline.testkit.TestBroker;
import org.junit.jupiter.api.Test;

class NotificationServiceApplicationHealthTest extends LineIntegrationTest {

    @Test
    void startsAgainstTheRealBrokerAndReportsHealthy() throws Exception {
        ServiceProbe probe = new ServiceProbe(PORT, ADMIN_USER, ADMIN_PASSWORD);

        assertThat(new ServiceProbe(PORT).awaitHealth()).isEqualTo("UP");
        assertThat(probe.componentStatus("kafka")).isEqualTo("UP");
        assertThat(new ServiceProbe(PORT).componentStatus("kafka")).as("details without credentials").isEqualTo("absent");
        assertThat(new ServiceProbe(PORT).get("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(ServiceProbe.lineTopicsMissingOn(TestBroker.shared().bootstrapServers())).isEmpty();
        assertThat(probe.get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes")
                .contains("notification_twilio_requests_seconds_count");
        assertThat(new ServiceProbe(PORT).get("/api/anything").statusCode()).isEqualTo(401);
    }
}
