package org.interpreterline.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import org.interpreterline.testkit.ServiceProbe;
import org.interpreterline.testkit.TestBroker;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DispatchServiceApplicationHealthTest {

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> TestBroker.shared().bootstrapServers());
    }

    @LocalServerPort
    int port;

    @Test
    void startsAgainstTheRealBrokerAndReportsHealthy() throws Exception {
        ServiceProbe probe = new ServiceProbe(port);

        assertThat(probe.awaitHealth()).isEqualTo("UP");
        assertThat(probe.componentStatus("kafka")).isEqualTo("UP");
        assertThat(ServiceProbe.lineTopicsMissingOn(TestBroker.shared().bootstrapServers())).isEmpty();
        assertThat(probe.get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
        assertThat(probe.get("/api/anything").statusCode()).isEqualTo(401);
    }
}
