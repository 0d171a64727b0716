package org.interpreterline.roster;

import static org.assertj.core.api.Assertions.assertThat;

import org.interpreterline.testkit.ServiceProbe;
import org.interpreterline.testkit.TestBroker;
import org.junit.jupiter.api.Test;

class InterpreterRosterApplicationHealthTest extends RunningRoster {

    @Test
    void startsAgainstTheRealBrokerAndReportsHealthy() throws Exception {
        ServiceProbe probe = new ServiceProbe(port);

        assertThat(probe.awaitHealth()).isEqualTo("UP");
        assertThat(probe.componentStatus("kafka")).isEqualTo("UP");
        assertThat(probe.componentStatus("allocator")).isEqualTo("UP");
        assertThat(ServiceProbe.lineTopicsMissingOn(TestBroker.shared().bootstrapServers())).isEmpty();
        assertThat(probe.get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
        assertThat(probe.get("/api/interpreters").statusCode()).isEqualTo(401);
    }
}
