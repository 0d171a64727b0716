package org.interpreterline.roster;

import static org.assertj.core.api.Assertions.assertThat;

import org.interpreterline.testkit.ServiceProbe;
import org.interpreterline.testkit.TestBroker;
import org.junit.jupiter.api.Test;

class InterpreterRosterApplicationHealthTest extends RunningRoster {

    @Test
    void startsAgainstTheRealBrokerAndReportsHealthy() throws Exception {
        ServiceProbe probe = new ServiceProbe(port, "admin", "test-only-password");

        assertThat(new ServiceProbe(port).awaitHealth()).isEqualTo("UP");
        assertThat(probe.componentStatus("kafka")).isEqualTo("UP");
        assertThat(probe.componentStatus("allocator")).isEqualTo("UP");
        assertThat(new ServiceProbe(port).componentStatus("kafka")).as("details without credentials").isEqualTo("absent");
        assertThat(new ServiceProbe(port).get("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(ServiceProbe.lineTopicsMissingOn(TestBroker.shared().bootstrapServers())).isEmpty();
        assertThat(probe.get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
        assertThat(new ServiceProbe(port).get("/api/interpreters").statusCode()).isEqualTo(401);
    }
}
