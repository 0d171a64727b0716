package org.interpreterline.platform.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.interpreterline.platform.testapp.GuardedService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser that holds the board's Basic credentials sends them along on any page's form post: a state-changing
 * admin request is refused unless it carries a JSON body or the {@code X-Requested-By} header, which no form and no
 * cross-site request can set without the browser asking the service first.
 */
class CrossSiteWriteTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static ConfigurableApplicationContext service;

    @BeforeAll
    static void start() {
        service = GuardedService.start();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @BeforeEach
    void forget() {
        GuardedService.endpoints(service).forget();
    }

    @Test
    void aPostWithoutJsonOrTheHeaderIsRefusedWithAProblemDetail() throws Exception {
        for (Map<String, String> headers : new Map[] {Map.of(), Map.of("Content-Type", "text/plain"),
                Map.of("Content-Type", "application/x-www-form-urlencoded")}) {
            HttpResponse<String> refused = post(headers, headers.isEmpty() ? null : "a=b");

            assertThat(refused.statusCode()).as(headers.toString()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            JsonNode problem = JsonMapper.builder().build().readTree(refused.body());
            assertThat(problem.path("status").asInt()).isEqualTo(403);
            assertThat(problem.path("detail").asString()).contains("X-Requested-By", "application/json");
        }
        assertThat(GuardedService.endpoints(service).visits()).isEmpty();
    }

    @Test
    void aPostWithTheHeaderOrAJsonBodyIsServed() throws Exception {
        assertThat(post(Map.of("X-Requested-By", "line-admin"), null).statusCode()).isEqualTo(200);
        assertThat(post(Map.of("Content-Type", "application/json"), "{}").statusCode()).isEqualTo(200);
        assertThat(GuardedService.endpoints(service).visits()).hasSize(2);
    }

    @Test
    void readsNeedNoHeaderAndWritesStillNeedCredentials() throws Exception {
        HttpResponse<String> read = HTTP.send(HttpRequest.newBuilder(uri("/api/things"))
                .header("Authorization", GuardedService.admin()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).isEqualTo(200);

        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(uri("/api/things/7/cancel"))
                .header("X-Requested-By", "line-admin").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    private static HttpResponse<String> post(Map<String, String> headers, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/things/7/cancel"))
                .header("Authorization", GuardedService.admin())
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + GuardedService.port(service) + path);
    }
}
