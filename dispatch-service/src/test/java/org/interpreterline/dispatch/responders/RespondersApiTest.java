package org.interpreterline.dispatch.responders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.interpreterline.dispatch.DispatchIntegrationTest;
import org.interpreterline.dispatch.LineTopicsTap;
import org.interpreterline.events.Topics;
import org.interpreterline.events.dispatch.PutResponder;
import org.interpreterline.events.dispatch.ResponderCommand;
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

    /** Where the line serves several agencies' rosters, a responder is kept by one, and the list filters by it. */
    @Test
    void aResponderBelongsToTheRosterNamed_theDeploymentsOwnByDefault() throws Exception {
        JsonNode paramedic = JsonSerde.MAPPER.readTree(admin("POST", "/api/responders", """
                {"name": "Paramedic Reyes", "phone": "%s", "agency": "Allegheny EMS", "roster": "ems"}"""
                .formatted(freshPhone())).body());
        JsonNode officer = JsonSerde.MAPPER.readTree(admin("POST", "/api/responders", """
                {"name": "Officer Kim", "phone": "%s", "agency": "Pittsburgh Police"}""".formatted(freshPhone()))
                .body());
        HttpResponse<String> unknown = admin("POST", "/api/responders", """
                {"name": "X", "phone": "%s", "agency": "Fire", "roster": "fire"}""".formatted(freshPhone()));
        HttpResponse<String> moved = admin("PUT", "/api/responders/" + paramedic.path("id").asString(), """
                {"name": "Paramedic Reyes", "phone": "%s", "agency": "Allegheny EMS"}"""
                .formatted(paramedic.path("phone").asString()));

        assertThat(paramedic.path("roster").asString()).isEqualTo(EMS_ROSTER);
        assertThat(officer.path("roster").asString()).isEqualTo(HOME_ROSTER);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"roster\"");
        assertThat(JsonSerde.MAPPER.readTree(moved.body()).path("roster").asString())
                .as("a change that names none keeps it").isEqualTo(EMS_ROSTER);
        JsonNode ems = JsonSerde.MAPPER.readTree(admin("GET", "/api/responders?roster=ems", null).body());
        assertThat(ems.findValuesAsString("id")).contains(paramedic.path("id").asString())
                .doesNotContain(officer.path("id").asString());
    }

    @Test
    void twoAdministratorsRegisteringOnePhoneAtOnce_oneGetsIt_theOtherGets409() throws Exception {
        for (int round = 0; round < 3; round++) {
            String phone = freshPhone();
            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<HttpResponse<String>>> registrations = new ArrayList<>();
            try (ExecutorService admins = Executors.newFixedThreadPool(2)) {
                for (String who : List.of("A", "B")) {
                    registrations.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            together.await();
                            return admin("POST", "/api/responders", """
                                    {"name": "Officer %s", "phone": "%s", "agency": "Pittsburgh Police"}"""
                                    .formatted(who, phone));
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }, admins));
                }
            }

            assertThat(registrations.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).sorted())
                    .as("round " + round).containsExactly(201, 409);
            JsonNode all = JsonSerde.MAPPER.readTree(admin("GET", "/api/responders", null).body());
            assertThat(all.findValuesAsString("phone")).containsOnlyOnce(phone);
        }
    }

    /**
     * Two instances behind a load balancer each pass their own check, and both send their registration: the book
     * applies them in order and the second changes nothing.
     */
    @Test
    void twoRegistrationsThatBothPassedTheirInstancesCheck_onlyTheFirstTakesThePhone() throws Exception {
        String phone = freshPhone();
        for (String who : List.of("first", "second")) {
            LineTopicsTap.publish(Topics.DISPATCH_RESPONDER_COMMANDS, ResponderCommand.KEY, new PutResponder(
                    UUID.randomUUID(), Instant.now(), "default", who + "-" + phone, "Officer " + who, phone,
                    "Pittsburgh Police", null));
        }
        registerResponder("Officer Marker", freshPhone(), "Pittsburgh Police"); // the book is past both now

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                .until(() -> holdersOf(phone), holders -> holders.equals(List.of("first-" + phone)));
    }

    private List<String> holdersOf(String phone) throws Exception {
        List<String> holders = new ArrayList<>();
        JsonSerde.MAPPER.readTree(admin("GET", "/api/responders", null).body()).forEach(r -> {
            if (phone.equals(r.path("phone").asString())) {
                holders.add(r.path("id").asString());
            }
        });
        return holders;
    }

    @Test
    void anInvalidPhoneIsA400NamingThePhone() throws Exception {
        HttpResponse<String> invalid = admin("POST", "/api/responders", """
                {"name": "Officer X", "phone": "call me maybe", "agency": "Pittsburgh Police"}""");

        assertThat(invalid.statusCode()).isEqualTo(400);
        JsonNode problem = JsonSerde.MAPPER.readTree(invalid.body());
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("phone");
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
