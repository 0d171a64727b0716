package org.interpreterline.dispatch.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.interpreterline.dispatch.DispatchIntegrationTest;
import org.interpreterline.dispatch.LineTopicsTap;
import org.interpreterline.events.Channel;
import org.interpreterline.events.JsonSerde;
import org.interpreterline.events.Priority;
import org.interpreterline.events.RequestConference;
import org.interpreterline.events.Topics;
import org.interpreterline.events.dispatch.RequestOpened;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A reference read to a caller on hold, texted to an officer or typed by a supervisor leads to one request: a
 * new request never takes the reference of one still open, and a reference that still matches two requests is
 * refused, never guessed.
 */
class ReferenceLookupTest extends DispatchIntegrationTest {

    private static final Duration KAFKA = Duration.ofSeconds(15);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aRequestWhoseIdWouldGiveTheReferenceOfAnOpenRequestGetsAnotherOne() throws Exception {
        JsonNode first = open("first-" + UUID.randomUUID());
        String taken = first.path("reference").asString();
        await().atMost(KAFKA).until(() -> admin("GET", "/api/requests/" + first.path("id").asString(), null)
                .statusCode() == 200);
        String collidingKey = keyWhoseRequestIdFirstGivesReference(taken);

        JsonNode second = open(collidingKey);

        String secondId = second.path("id").asString();
        assertThat(secondId).isEqualTo(RequestIds.api(collidingKey));
        assertThat(second.path("reference").asString()).matches("[2-9A-HJ-NP-Z]{4}").isNotEqualTo(taken);
        await().atMost(KAFKA).until(() -> admin("GET", "/api/requests/" + secondId, null).statusCode() == 200);
        JsonNode byReference = JsonSerde.MAPPER.readTree(admin("GET", "/api/requests/" + taken, null).body());
        assertThat(byReference.path("requestId").asString()).isEqualTo(first.path("id").asString());
        assertThat(open(collidingKey).path("reference").asString()).as("a repeated call keeps its reference")
                .isEqualTo(second.path("reference").asString());
    }

    @Test
    void aReferenceThatMatchesTwoRequestsIsRefusedNamingBoth_andTheIdsStillWork() throws Exception {
        // two instances opening at the same moment could both pick one reference: simulated with two openings
        String reference = unusedReference();
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        for (String id : new String[] {a, b}) {
            LineTopicsTap.publish(Topics.DISPATCH_EVENTS, "default", new RequestOpened(UUID.randomUUID(),
                    Instant.now(), "default", id, reference, "es", Channel.API, Priority.URGENT, null, null,
                    freshPhone(), null, null, RequestConference.nameOf(id)));
        }
        await().atMost(KAFKA).until(() -> admin("GET", "/api/requests/" + a, null).statusCode() == 200
                && admin("GET", "/api/requests/" + b, null).statusCode() == 200);

        HttpResponse<String> lookup = admin("GET", "/api/requests/" + reference, null);
        HttpResponse<String> cancel = admin("POST", "/api/requests/" + reference.toLowerCase() + "/cancel", null);

        for (HttpResponse<String> refused : List.of(lookup, cancel)) {
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            JsonNode problem = JsonSerde.MAPPER.readTree(refused.body());
            assertThat(problem.path("status").asInt()).isEqualTo(409);
            assertThat(problem.path("detail").asString()).contains(a, b, "request id");
            assertThat(problem.path("requestIds").toString()).contains(a, b);
        }
        assertThat(JsonSerde.MAPPER.readTree(admin("GET", "/api/requests/" + a, null).body()).path("status")
                .asString()).isEqualTo("OPENED");
        assertThat(admin("POST", "/api/requests/" + a + "/cancel", null).statusCode()).isEqualTo(200);
    }

    private JsonNode open(String idempotencyKey) throws Exception {
        HttpResponse<String> opened = adminWithKey(idempotencyKey);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(202);
        return JsonSerde.MAPPER.readTree(opened.body());
    }

    private HttpResponse<String> adminWithKey(String idempotencyKey) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/requests"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (ADMIN_USER + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"language": "es", "callbackNumber": "+14125550123"}"""))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** An Idempotency-Key whose request id hashes to {@code reference}: about a million tries, a second or so. */
    private static String keyWhoseRequestIdFirstGivesReference(String reference) {
        String prefix = "collide-" + UUID.randomUUID() + "-";
        for (long i = 0; ; i++) {
            String key = prefix + i;
            if (SpokenReference.of(RequestIds.api(key)).code().equals(reference)) {
                return key;
            }
        }
    }

    private String unusedReference() throws Exception {
        while (true) {
            String candidate = SpokenReference.of(UUID.randomUUID().toString()).code();
            if (admin("GET", "/api/requests/" + candidate, null).statusCode() == 404) {
                return candidate;
            }
        }
    }
}
