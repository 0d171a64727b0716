package org.interpreterline.roster.interpreters;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.interpreterline.events.JsonSerde;
import org.interpreterline.roster.RunningRoster;
import org.interpreterline.testkit.ServiceProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The admin API against the running allocator: every answer reflects what the roster has applied. */
class InterpreterAdminTest extends RunningRoster {

    private final HttpClient http = HttpClient.newHttpClient();

    /** The deployment's own roster in this test run. */
    private static String rosterId() {
        return "roster-test-" + RUN;
    }

    @BeforeEach
    void healthy() {
        assertThat(new ServiceProbe(port).awaitHealth()).isEqualTo("UP");
    }

    @Test
    void anAddedInterpreterIsOfflineUntilSetAvailableAndThenCountsInCoverage() throws Exception {
        HttpResponse<String> created = asAdmin("POST", "/api/interpreters",
                "{\"name\":\"Ana Ruiz\",\"phone\":\"(412) 555-0199\",\"languages\":[\"es\",\"Portuguese\"],\"tier\":1}");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode ana = json(created);
        String id = ana.path("id").asString();
        assertThat(ana.path("phone").asString()).isEqualTo("+14125550199");
        assertThat(ana.path("languages").toString()).isEqualTo("[\"es\",\"pt\"]");
        assertThat(ana.path("status").asString()).isEqualTo("OFFLINE");

        HttpResponse<String> available = asAdmin("PUT", "/api/interpreters/" + id + "/presence",
                "{\"status\":\"AVAILABLE\"}");
        assertThat(json(available).path("status").asString()).isEqualTo("AVAILABLE");

        JsonNode coverage = json(asAdmin("GET", "/api/coverage", null));
        assertThat(coverage.toString()).contains("{\"language\":\"es\",\"name\":\"Spanish\",\"onRoster\":1,\"available\":1}");

        assertThat(asAdmin("DELETE", "/api/interpreters/" + id, null).statusCode()).isEqualTo(204);
        assertThat(asAdmin("GET", "/api/interpreters/" + id, null).statusCode()).isEqualTo(404);
    }

    /** K'iche' interpreted into Spanish, for relays: by tags or names; never a language into itself. */
    @Test
    void aLanguageInterpretedIntoAnotherThanEnglishIsAPair() throws Exception {
        HttpResponse<String> created = asAdmin("POST", "/api/interpreters",
                "{\"name\":\"Rosa Tum\",\"phone\":\"+14125550181\",\"languages\":[\"es\",\"K'iche' > Spanish\","
                        + "\"mam>es\"],\"tier\":1}");
        HttpResponse<String> itself = asAdmin("POST", "/api/interpreters",
                "{\"name\":\"X\",\"phone\":\"+14125550182\",\"languages\":[\"es>Spanish\"]}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json(created).path("languages").toString()).isEqualTo("[\"es\",\"quc>es\",\"mam>es\"]");
        assertThat(itself.statusCode()).isEqualTo(400);
        assertThat(json(itself).path("errors").get(0).path("field").asString()).isEqualTo("languages");
    }

    /** Where the line serves several agencies' rosters, an interpreter may take calls for more than one. */
    @Test
    void anInterpreterBelongsToTheRostersNamed_theDeploymentsOwnByDefault_andOnlyToRostersOfTheLine() throws Exception {
        JsonNode both = json(asAdmin("POST", "/api/interpreters",
                "{\"name\":\"Ana Ruiz\",\"phone\":\"+14125550171\",\"languages\":[\"am\"],\"rosters\":[\"ems\","
                        + "\"" + rosterId() + "\"]}"));
        JsonNode plain = json(asAdmin("POST", "/api/interpreters",
                "{\"name\":\"Bob Lima\",\"phone\":\"+14125550172\",\"languages\":[\"am\"]}"));
        HttpResponse<String> unknown = asAdmin("POST", "/api/interpreters",
                "{\"name\":\"X\",\"phone\":\"+14125550173\",\"languages\":[\"es\"],\"rosters\":[\"fire\"]}");
        JsonNode changed = json(asAdmin("PUT", "/api/interpreters/" + both.path("id").asString(),
                "{\"name\":\"Ana Ruiz\",\"phone\":\"+14125550171\",\"languages\":[\"am\",\"pt\"]}"));

        assertThat(both.path("rosters").toString()).isEqualTo("[\"ems\",\"" + rosterId() + "\"]");
        assertThat(plain.path("rosters").toString()).isEqualTo("[\"" + rosterId() + "\"]");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).path("errors").get(0).path("field").asString()).isEqualTo("rosters");
        assertThat(unknown.body()).contains("fire");
        assertThat(changed.path("rosters").toString()).as("a change that names none keeps them")
                .isEqualTo(both.path("rosters").toString());
        assertThat(json(asAdmin("GET", "/api/coverage?roster=ems", null)).toString()).as("only Ana is on EMS's roster")
                .contains("{\"language\":\"am\",\"name\":\"Amharic\",\"onRoster\":1,");
        assertThat(asAdmin("GET", "/api/coverage?roster=fire", null).statusCode()).isEqualTo(400);
        JsonNode emsWellbeing = json(asAdmin("GET", "/api/interpreters/wellbeing?roster=ems", null));
        assertThat(emsWellbeing.path("interpreters").findValuesAsString("interpreterId"))
                .contains(both.path("id").asString()).doesNotContain(plain.path("id").asString());
    }

    @Test
    void invalidRequestsGet400NamingTheField() throws Exception {
        HttpResponse<String> badPhone = asAdmin("POST", "/api/interpreters",
                "{\"name\":\"X\",\"phone\":\"call me\",\"languages\":[\"es\"]}");
        HttpResponse<String> badLanguage = asAdmin("POST", "/api/interpreters",
                "{\"name\":\"X\",\"phone\":\"+14125550111\",\"languages\":[\"klingon\"]}");
        HttpResponse<String> noName = asAdmin("POST", "/api/interpreters",
                "{\"phone\":\"+14125550111\",\"languages\":[\"es\"]}");
        HttpResponse<String> badPresence = asAdmin("PUT", "/api/interpreters/whoever/presence", "{\"status\":\"ASLEEP\"}");

        assertThat(badPhone.statusCode()).isEqualTo(400);
        assertThat(json(badPhone).path("errors").get(0).path("field").asString()).isEqualTo("phone");
        assertThat(badLanguage.statusCode()).isEqualTo(400);
        assertThat(badLanguage.body()).contains("languages").contains("klingon");
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(json(noName).path("errors").get(0).path("field").asString()).isEqualTo("name");
        assertThat(badPresence.statusCode()).isEqualTo(400);
        assertThat(badPresence.body()).contains("status");
    }

    @Test
    void everyRefusalIsAProblemDetailNamingTheField() throws Exception {
        String valid = "\"name\":\"X\",\"phone\":\"+14125550111\"";
        Map<String, List<String>> refusals = new java.util.LinkedHashMap<>();
        // a value of the wrong type, or not one of the choices
        refusals.put("{" + valid + ",\"languages\":[\"es\"],\"tier\":\"STAFF\"}",
                List.of("tier", "must be a whole number"));
        refusals.put("{" + valid + ",\"languages\":\"es\"}", List.of("languages", "must be a list"));
        refusals.put("{" + valid + ",\"languages\":[\"es\",{\"tag\":\"pt\"}]}",
                List.of("languages[1]", "must be text"));
        // a required field left out, and a validation rule
        refusals.put("{\"phone\":\"+14125550111\",\"languages\":[\"es\"]}", List.of("name", "must not be blank"));
        refusals.put("{" + valid + ",\"languages\":[\"es\"],\"tier\":12}",
                List.of("tier", "must be less than or equal to 9"));
        refusals.forEach((body, fieldAndMessage) -> {
            HttpResponse<String> refused = sendQuietly("POST", "/api/interpreters", body);

            assertThat(refused.statusCode()).as(body).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).as(body)
                    .startsWith("application/problem+json");
            JsonNode problem = json(refused);
            assertThat(problem.path("status").asInt()).as(body).isEqualTo(400);
            assertThat(problem.path("title").asString()).as(body).isEqualTo("Bad Request");
            assertThat(problem.path("instance").asString()).as(body).isEqualTo("/api/interpreters");
            assertThat(problem.path("errors")).as(body).hasSize(1);
            assertThat(problem.path("errors").get(0).path("field").asString()).as(body)
                    .isEqualTo(fieldAndMessage.get(0));
            assertThat(problem.path("errors").get(0).path("message").asString()).as(body)
                    .isEqualTo(fieldAndMessage.get(1));
        });

        HttpResponse<String> onlyControls = asAdmin("POST", "/api/interpreters",
                "{\"name\":\"\\u0000\\u0007\",\"phone\":\"+14125550111\",\"languages\":[\"es\"]}");
        assertThat(json(onlyControls).path("errors").get(0).path("field").asString()).isEqualTo("name");

        HttpResponse<String> notJson = asAdmin("POST", "/api/interpreters", "{\"name\": ");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(json(notJson).path("detail").asString()).isEqualTo("the request body is not valid JSON");
        assertThat(json(notJson).path("errors")).isEmpty();

        HttpResponse<String> unknown = asAdmin("GET", "/api/interpreters/nobody", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(unknown).path("detail").asString()).isEqualTo("no interpreter nobody");
    }

    @Test
    void aPhoneBelongsToOneInterpreter() throws Exception {
        String body = "{\"name\":\"Omar\",\"phone\":\"+14125550177\",\"languages\":[\"ar\"]}";
        assertThat(asAdmin("POST", "/api/interpreters", body).statusCode()).isEqualTo(201);

        assertThat(asAdmin("POST", "/api/interpreters", body).statusCode()).isEqualTo(409);
    }

    @Test
    void twoAdministratorsAddingOnePhoneAtTheSameMoment_oneGetsIt_theOtherGets409() throws Exception {
        int base = 3000 + (int) (System.nanoTime() % 1000) * 6;
        for (int round = 0; round < 5; round++) {
            String phone = "+1412555" + (base + round);
            String body = "{\"name\":\"Twin %s\",\"phone\":\"" + phone + "\",\"languages\":[\"uk\"]}";
            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<HttpResponse<String>>> adds = new ArrayList<>();
            try (ExecutorService admins = Executors.newFixedThreadPool(2)) {
                for (String who : List.of("A", "B")) {
                    adds.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            together.await();
                            return asAdmin("POST", "/api/interpreters", body.formatted(who));
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }, admins));
                }
            }
            List<Integer> statuses = adds.stream().map(CompletableFuture::join).map(HttpResponse::statusCode)
                    .sorted().toList();

            assertThat(statuses).as("round " + round + " for " + phone).containsExactly(201, 409);
            HttpResponse<String> loser = adds.stream().map(CompletableFuture::join)
                    .filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
            String winner = json(adds.stream().map(CompletableFuture::join).filter(r -> r.statusCode() == 201)
                    .findFirst().orElseThrow()).path("id").asString();
            assertThat(loser.body()).contains(winner);
            JsonNode all = json(asAdmin("GET", "/api/interpreters", null));
            assertThat(all.findValuesAsString("phone")).containsOnlyOnce(phone);
        }
    }

    @Test
    void movingAnInterpreterToAnotherInterpretersPhoneIs409AndChangesNothing() throws Exception {
        String omarsPhone = "+14125550178";
        String omar = json(asAdmin("POST", "/api/interpreters",
                "{\"name\":\"Omar B\",\"phone\":\"" + omarsPhone + "\",\"languages\":[\"ar\"]}")).path("id").asString();
        String lina = json(asAdmin("POST", "/api/interpreters",
                "{\"name\":\"Lina\",\"phone\":\"+14125550179\",\"languages\":[\"ar\"]}")).path("id").asString();

        HttpResponse<String> moved = asAdmin("PUT", "/api/interpreters/" + lina,
                "{\"name\":\"Lina\",\"phone\":\"" + omarsPhone + "\",\"languages\":[\"ar\"]}");

        assertThat(moved.statusCode()).isEqualTo(409);
        assertThat(moved.body()).contains(omar);
        assertThat(json(asAdmin("GET", "/api/interpreters/" + lina, null)).path("phone").asString())
                .isEqualTo("+14125550179");
    }

    @Test
    void withoutCredentialsNothingIsShown() throws Exception {
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/interpreters"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> sendQuietly(String method, String path, String body) {
        try {
            return asAdmin(method, path, body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JsonSerde.MAPPER.readTree(response.body());
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
