package org.interpreterline.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.interpreterline.events.JsonSerde;
import org.interpreterline.events.dispatch.CanaryRequested;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.roster.CanaryChecked;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.testkit.SignedWebhook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The line's canary on the whole line: it goes through the signed SMS webhook, Kafka and the roster's matching,
 * fails (naming why) while its language has nobody available, and recovers when someone comes ON; and it never
 * rings anyone nor opens a request. Its interval is seconds here instead of an hour.
 */
class LineCanaryIT {

    static final Duration PATIENCE = Duration.ofSeconds(40);
    static LineUnderTest line;

    @BeforeAll
    static void start() throws Exception {
        line = LineUnderTest.start("line-canary", Map.of(
                "LINE_CANARY_INTERVAL", "2s",
                "LINE_CANARY_FIRST_RUN_AFTER", "0s",
                "LINE_CANARY_TIMEOUT", "10s",
                "LINE_CANARY_LANGUAGES", "ne"), 1.0);
    }

    @AfterAll
    static void stop() throws Exception {
        if (line != null) {
            line.close();
        }
    }

    @Test
    void failsWhileItsLanguageHasNobodyAndRecoversWhenSomeoneComesOn() {
        String phone = "+14125554401";
        line.sim.configurePhone(phone, "Bishnu Thapa", Behaviour.ANSWER, 200, "1", false);
        String id = line.rosterAdmin.ok("POST", "/api/interpreters", Map.of("name", "Bishnu Thapa", "phone", phone,
                "languages", List.of("ne"), "tier", 1)).path("id").asString(); // off duty

        CanaryChecked nobody = line.events.await(CanaryChecked.class,
                c -> c.language().equals("ne") && c.speakers() == 1, PATIENCE);
        assertThat(nobody.couldBeOffered()).isZero();
        assertThat(nobody.firstChoice()).isNull();
        Awaitility.await("the canary fails, naming why").atMost(PATIENCE).untilAsserted(() -> {
            assertThat(line.dispatchAdmin.metric("line_canary_success", "language=\"ne\"")).isEqualTo(0.0);
            assertThat(line.dispatchAdmin.metric("line_canary_runs_total", "language=\"ne\",result=\"no_interpreter\""))
                    .isGreaterThanOrEqualTo(1.0);
            JsonNode canary = canaryOnTheBoard("ne");
            assertThat(canary.path("ok").asBoolean()).isFalse();
            assertThat(canary.path("result").asString()).isEqualTo("no_interpreter");
            assertThat(canary.path("detail").asString()).contains("no interpreter available",
                    "1 on the roster speak it, none available now");
        });

        line.rosterAdmin.ok("PUT", "/api/interpreters/" + id + "/presence", Map.of("status", "AVAILABLE"));
        CanaryChecked someone = line.events.await(CanaryChecked.class,
                c -> c.language().equals("ne") && c.couldBeOffered() == 1, PATIENCE);
        assertThat(someone.firstChoice()).isEqualTo(id);
        Awaitility.await("the canary recovers").atMost(PATIENCE).untilAsserted(() -> {
            assertThat(line.dispatchAdmin.metric("line_canary_success", "language=\"ne\"")).isEqualTo(1.0);
            assertThat(line.dispatchAdmin.metric("line_canary_runs_total", "language=\"ne\",result=\"ok\""))
                    .isGreaterThanOrEqualTo(1.0);
            assertThat(canaryOnTheBoard("ne").path("ok").asBoolean()).isTrue();
        });

        // each run went through the webhook to the roster, and nobody was rung nor any request opened
        assertThat(line.events.all(CanaryRequested.class).size()).isGreaterThanOrEqualTo(2);
        assertThat(line.events.all(RequestOpened.class)).isEmpty();
        assertThat(line.events.all(OfferMade.class)).isEmpty();
        assertThat(line.sim.calls()).isEmpty();
        assertThat(line.dispatchAdmin.ok("GET", "/api/requests", null).size()).isZero();
        assertThat(line.rosterAdmin.ok("GET", "/api/interpreters/" + id, null).path("status").asString())
                .isEqualTo("AVAILABLE");
    }

    @Test
    void aCanaryWithoutTheTwilioSignatureIsRefusedAndReachesNobody() throws Exception {
        String url = line.dispatch.url() + "/twilio/sms";
        Map<String, String> form = Map.of("MessageSid", "SM" + "f".repeat(32), "From", LineUnderTest.LINE_NUMBER,
                "Body", "ne", "LineCanary", "forged-canary");
        assertThat(SignedWebhook.post(url, form, "bm90IGEgc2lnbmF0dXJl").statusCode()).isEqualTo(403);
        assertThat(SignedWebhook.post(url, form, null).statusCode()).isEqualTo(403);
        // signed with the right token it is taken: the same check guards it as every text
        assertThat(SignedWebhook.post(line.authToken, url, url, Map.of("MessageSid", "SM" + "e".repeat(32),
                "From", LineUnderTest.LINE_NUMBER, "Body", "ne", "LineCanary", "signed-canary")).body())
                .contains("Line canary sent signed-canary");
        line.events.await(CanaryChecked.class, c -> c.canaryId().equals("signed-canary"), PATIENCE);
        assertThat(line.events.all(CanaryRequested.class, c -> c.canaryId().equals("forged-canary"))).isEmpty();
    }

    private static JsonNode canaryOnTheBoard(String language) throws Exception {
        JsonNode board = firstBoard();
        for (JsonNode canary : board.path("canaries")) {
            if (language.equals(canary.path("language").asString())) {
                return canary;
            }
        }
        throw new AssertionError("no canary of " + language + " on the board: " + board);
    }

    /** The first update of {@code /board/events}: the whole board as it is now. */
    private static JsonNode firstBoard() throws Exception {
        HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(line.dispatch.url() + "/board/events"))
                .header("Authorization", line.dispatchAdmin.authorization())
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            for (String l = lines.readLine(); l != null; l = lines.readLine()) {
                if (l.startsWith("data:")) {
                    return JsonSerde.MAPPER.readTree(l.substring(5).strip());
                }
            }
        }
        throw new AssertionError("the board stream ended without an update");
    }
}
