package org.interpreterline.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.interpreterline.testkit.AdminOperations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admin API's OpenAPI description at /v3/api-docs, for a CAD vendor's tools: behind the admin credentials like
 * the API itself, and naming exactly the operations the controllers serve under /api (no webhook, no board).
 */
class DispatchApiDescriptionTest extends DispatchIntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping controllers;

    @Test
    void theDescriptionNeedsTheAdminCredentials() throws Exception {
        assertThat(anonymous("GET", "/v3/api-docs", null).statusCode()).isEqualTo(401);
    }

    @Test
    void everyAdminOperationTheControllersServeIsDescribedAndNothingElse() throws Exception {
        HttpResponse<String> description = admin("GET", "/v3/api-docs", null);

        assertThat(description.statusCode()).isEqualTo(200);
        JsonNode openApi = JsonMapper.builder().build().readTree(description.body());
        assertThat(openApi.path("openapi").asString()).startsWith("3.");
        assertThat(AdminOperations.described(openApi))
                .contains("POST /api/requests", "POST /api/responders")
                .isEqualTo(AdminOperations.served(controllers));
    }
}
