package org.interpreterline.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.interpreterline.testkit.AdminOperations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admin API's OpenAPI description at /v3/api-docs, for a CAD vendor's tools: behind the admin credentials like
 * the API itself, and naming exactly the operations the controllers serve under /api (nothing of the actuator).
 */
class RosterApiDescriptionTest extends RunningRoster {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping controllers;

    @Test
    void theDescriptionNeedsTheAdminCredentials() throws Exception {
        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(url("/v3/api-docs"))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void everyAdminOperationTheControllersServeIsDescribedAndNothingElse() throws Exception {
        HttpResponse<String> description = HTTP.send(HttpRequest.newBuilder(URI.create(url("/v3/api-docs")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "admin:test-only-password".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(description.statusCode()).isEqualTo(200);
        JsonNode openApi = JsonMapper.builder().build().readTree(description.body());
        assertThat(openApi.path("openapi").asString()).startsWith("3.");
        assertThat(AdminOperations.described(openApi))
                .contains("POST /api/interpreters", "GET /api/coverage")
                .isEqualTo(AdminOperations.served(controllers));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
