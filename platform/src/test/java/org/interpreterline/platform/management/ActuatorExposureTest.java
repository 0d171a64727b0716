package org.interpreterline.platform.management;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.interpreterline.platform.testapp.GuardedService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Outsiders learn whether a service is up and nothing more: health (and the liveness and readiness probes) says
 * its status only; details and metrics need the admin credentials. On a separate management port (cluster-internal
 * probes and Prometheus) the actuator is served there only, without credentials.
 */
class ActuatorExposureTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ConfigurableApplicationContext service;
    private static ConfigurableApplicationContext withManagementPort;

    @BeforeAll
    static void start() {
        service = GuardedService.start();
        withManagementPort = GuardedService.start("management.server.port=0");
    }

    @AfterAll
    static void stop() {
        service.close();
        withManagementPort.close();
    }

    @Test
    void anOutsiderSeesTheStatusOnly() throws Exception {
        int port = GuardedService.port(service);
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> health = get(port, path, null);
            assertThat(health.statusCode()).as(path).isEqualTo(200);
            // Spring Boot names the probe groups at the root (always, there is no switch): names, no state
            assertThat(JSON.readTree(health.body()).propertyNames()).as(path + ": " + health.body())
                    .contains("status").isSubsetOf("status", "groups");
            assertThat(health.body()).doesNotContain("components", "details", "kafka");
        }
        assertThat(get(port, "/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get(port, "/actuator/health/kafka", null).statusCode()).isIn(401, 404);
    }

    @Test
    void theAdministratorSeesDetailsAndMetrics() throws Exception {
        int port = GuardedService.port(service);
        JsonNode health = JSON.readTree(get(port, "/actuator/health", GuardedService.admin()).body());
        assertThat(health.path("components").path("kafka").path("details").path("brokers").asInt()).isPositive();
        HttpResponse<String> metrics = get(port, "/actuator/prometheus", GuardedService.admin());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("line_webhook_rejected_total");
    }

    @Test
    void aSeparateManagementPortServesProbesAndMetricsWithoutCredentialsAndTheServicePortNone() throws Exception {
        int managementPort = Integer.parseInt(
                withManagementPort.getEnvironment().getRequiredProperty("local.management.port"));
        int servicePort = GuardedService.port(withManagementPort);
        assertThat(managementPort).isNotEqualTo(servicePort);

        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> health = get(managementPort, path, null);
            assertThat(health.statusCode()).as(path).isEqualTo(200);
            assertThat(JSON.readTree(health.body()).path("status").asString()).isEqualTo("UP");
        }
        HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus", null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("line_webhook_rejected_total");

        assertThat(get(servicePort, "/actuator/health", null).statusCode()).isNotEqualTo(200);
        assertThat(get(servicePort, "/actuator/prometheus", GuardedService.admin()).statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> get(int port, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
