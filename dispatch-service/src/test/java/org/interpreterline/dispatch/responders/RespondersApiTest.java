package org.interpreterline.dispatch.responders;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.interpreterline.dispatch.DispatchIntegrationTest;
import org.interpreterline.events.JsonSerde;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The responders directory through its admin API. */
class RespondersApiTest extends DispatchIntegrationTest {

    @Test
    void aRegisteredResponderIsVisibleAtOnceAndCanBeChangedAndRemoved() throws Exception {
        String digits = freshPhone().substring(2);
        String typed = "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);

        HttpResponse<String> created = admin("POST", "/api/responders", """
                {"name": "Sgt. Alvarez", "phone": "%s", "agency": "Pittsburgh EMS", "badge": "4471"}""".formatted(typed));

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode responder = JsonSerde.MAPPER.readTree(created.body());
        String id = responder.path("id").asString();
        assertThat(responder.path("phone").asString()).isEqualTo("+1" + digits);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/responders/" + id);
        assertThat(admin("GET", "/api/responders/" + id, null).body()).contains("Sgt. Alvarez", "Pittsburgh EMS");
        assertThat(admin("GET", "/api/responders", null).body()).contains(id);

        HttpResponse<String> duplicate = admin("POST", "/api/responders", """
                {"name": "Someone Else", "phone": "+1%s", "agency": "Pittsburgh EMS"}""".formatted(digits));
        assertThat(duplicate.statusCode()).isEqualTo(409);

        String newPhone = freshPhone();
        HttpResponse<String> changed = admin("PUT", "/api/responders/" + id, """
                {"name": "Lt. Alvarez", "phone": "%s", "agency": "Pittsburgh EMS"}""".formatted(newPhone));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(admin("GET", "/api/responders/" + id, null).body()).contains("Lt. Alvarez", newPhone);

        assertThat(admin("DELETE", "/api/responders/" + id, null).statusCode()).isEqualTo(204);
        assertThat(admin("GET", "/api/responders/" + id, null).statusCode()).isEqualTo(404);
    }

    @Test
    void anInvalidPhoneIsA400NamingThePhone() throws Exception {
        HttpResponse<String> invalid = admin("POST", "/api/responders", """
                {"name": "Officer X", "phone": "call me maybe", "agency": "Pittsburgh Police"}""");

        assertThat(invalid.statusCode()).isEqualTo(400);
        JsonNode problem = JsonSerde.MAPPER.readTree(invalid.body());
        assertThat(problem.path("fields").get(0).path("field").asString()).isEqualTo("phone");
    }

    @Test
    void aBlankNameAndAgencyAreNamedToo() throws Exception {
        HttpResponse<String> invalid = admin("POST", "/api/responders", """
                {"name": " ", "phone": "+14125550100", "agency": ""}""");

        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"field\":\"agency\"", "\"field\":\"name\"");
    }

    @Test
    void withoutCredentialsTheDirectoryIsClosed() throws Exception {
        assertThat(anonymous("GET", "/api/responders", null).statusCode()).isEqualTo(401);
        assertThat(anonymous("POST", "/api/responders", """
                {"name": "Intruder", "phone": "+14125550100", "agency": "None"}""").statusCode()).isEqualTo(401);
    }
}
