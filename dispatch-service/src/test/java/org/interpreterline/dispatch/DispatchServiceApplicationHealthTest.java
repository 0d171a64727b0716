package org.interpreterline.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import org.interpreterline.testkit.ServiceProbe;
import org.interpreterline.testkit.TestBroker;
import org.junit.jupiter.api.Test;

class DispatchServiceApplicationHealthTest extends DispatchIntegrationTest {

    @Test
    void startsAgainstTheRealBrokerAndReportsHealthy() throws Exception {
        ServiceProbe probe = new ServiceProbe(port, ADMIN_USER, ADMIN_PASSWORD);

        assertThat(new ServiceProbe(port).awaitHealth()).isEqualTo("UP");
        assertThat(probe.componentStatus("kafka")).isEqualTo("UP");
        assertThat(probe.componentStatus("requestRecord")).isEqualTo("UP");
        assertThat(new ServiceProbe(port).componentStatus("kafka")).as("details without credentials").isEqualTo("absent");
        assertThat(new ServiceProbe(port).get("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(ServiceProbe.lineTopicsMissingOn(TestBroker.shared().bootstrapServers())).isEmpty();
        assertThat(probe.get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes",
                "line_requests_waiting{", "line_webhook_rejected_total{");
        assertThat(new ServiceProbe(port).get("/api/anything").statusCode()).isEqualTo(401);
    }
}
