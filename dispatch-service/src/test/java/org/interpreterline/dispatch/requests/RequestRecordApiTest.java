package org.interpreterline.dispatch.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.interpreterline.dispatch.DispatchIntegrationTest;
import org.interpreterline.dispatch.LineTopicsTap;
import org.interpreterline.platform.streams.DeadLetterOnUnreadable;
import org.interpreterline.events.Channel;
import org.interpreterline.events.JsonSerde;
import org.interpreterline.events.Priority;
import org.interpreterline.events.Topics;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.notification.OfferAnswered;
import org.interpreterline.events.notification.ParticipantJoined;
import org.interpreterline.events.notification.Party;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.interpreterline.events.roster.RequestAssigned;
import org.interpreterline.events.roster.RequestEscalated;
import org.interpreterline.events.roster.RequestQueued;
import org.interpreterline.testkit.ServiceProbe;
import org.interpreterline.testkit.TestBroker;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The request record on the real broker: a CAD request, the roster's and notification's events, the API. */
class RequestRecordApiTest extends DispatchIntegrationTest {

    private static final Duration KAFKA = Duration.ofSeconds(15);

    @Test
    void aRequestFollowedToItsInterpreterShowsConnectedWithItsTimelineAndInTheCsv() throws Exception {
        String callback = freshPhone();
        HttpResponse<String> accepted = admin("POST", "/api/requests", """
                {"language": "Spanish", "callbackNumber": "%s", "agency": "Pittsburgh Police",
                 "priority": "emergency", "note": "domestic, 5th and Main", "requesterName": "Officer Diaz"}"""
                .formatted(callback));
        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode opened = JsonSerde.MAPPER.readTree(accepted.body());
        String id = opened.path("id").asString();
        String reference = opened.path("reference").asString();
        assertThat(opened.path("status").asString()).isEqualTo("OPENED");
        RequestOpened event = (RequestOpened) LineTopicsTap.awaitDispatchEvent(
                e -> e instanceof RequestOpened o && id.equals(o.requestId()), KAFKA);
        assertThat(event.channel()).isEqualTo(Channel.API);
        assertThat(event.priority()).isEqualTo(Priority.EMERGENCY);
        assertThat(event.requesterPhone()).isEqualTo(callback);

        Instant t = event.occurredAt();
        String conference = "req-" + id;
        LineTopicsTap.publish(Topics.ROSTER_EVENTS, "default", offer(id, "o1", "int-ana", "Ana Ruiz", 1, t.plusSeconds(1)));
        LineTopicsTap.publish(Topics.NOTIFICATION_EVENTS, "default", new OfferAnswered(UUID.randomUUID(),
                t.plusSeconds(8), "default", id, "o1", "int-ana", OfferAnswered.Answer.DECLINED, "CA-ana"));
        LineTopicsTap.publish(Topics.ROSTER_EVENTS, "default", offer(id, "o2", "int-omar", "Omar Haddad", 2,
                t.plusSeconds(9)));
        LineTopicsTap.publish(Topics.ROSTER_EVENTS, "default", new RequestAssigned(UUID.randomUUID(),
                t.plusSeconds(15), "default", id, "o2", "int-omar", "Omar Haddad", "es", Channel.API, callback,
                conference));
        LineTopicsTap.publish(Topics.NOTIFICATION_EVENTS, "default", new ParticipantJoined(UUID.randomUUID(),
                t.plusSeconds(30), "default", id, conference, "CF1", "CA-omar", Party.INTERPRETER));

        await().atMost(KAFKA).until(() -> "CONNECTED".equals(record(id).path("status").asString()));
        JsonNode record = record(reference.toLowerCase());
        assertThat(record.path("requestId").asString()).isEqualTo(id);
        assertThat(record.path("outcome").asString()).isEqualTo("CONNECTED");
        assertThat(record.path("interpreterName").asString()).isEqualTo("Omar Haddad");
        assertThat(record.path("connectedAt").asString()).isEqualTo(t.plusSeconds(30).toString());
        List<String> timeline = new ArrayList<>();
        record.path("timeline").forEach(e -> timeline.add(e.path("at").asString() + " " + e.path("summary").asString()));
        assertThat(timeline).containsExactly(
                t + " opened by API: Spanish, emergency, Pittsburgh Police (Officer Diaz); flagged: may involve "
                        + "domestic violence",
                t.plusSeconds(1) + " offered to Ana Ruiz (attempt 1)",
                t.plusSeconds(8) + " Ana Ruiz declined",
                t.plusSeconds(9) + " offered to Omar Haddad (attempt 2)",
                t.plusSeconds(15) + " assigned to Omar Haddad",
                t.plusSeconds(30) + " interpreter joined the conference");

        String metrics = new ServiceProbe(port, ADMIN_USER, ADMIN_PASSWORD).get("/actuator/prometheus").body();
        assertThat(metrics).containsPattern("line_requests_total\\{[^}]*channel=\"api\"[^}]*outcome=\"connected\"")
                .contains("line_connect_seconds_bucket{")
                .containsPattern("line_requests_total\\{[^}]*outcome=\"connected\",roster=\"default\"")
                .containsPattern("line_connect_seconds_bucket\\{[^}]*roster=\"default\"")
                // every roster's series from the start, though no request of the second one was counted here
                .containsPattern("line_requests_waiting\\{[^}]*language=\"es\",roster=\"ems\"");

        HttpResponse<String> csv = admin("GET", "/api/requests?language=es&outcome=connected", null, "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo(String.join(",", RequestCsv.HEADER) + ",roster");
        assertThat(csv.body()).contains(id + "," + reference + "," + t + ",es,api,emergency,Pittsburgh Police,"
                + "Officer Diaz,connected,connected,Omar Haddad,2,");
        // nobody added to the call: no added_numbers; the roster comes last, the home roster's without one asked for
        assertThat(lines[1]).endsWith(",30.0,,default");
        assertThat(csv.body()).doesNotContain("domestic"); // notes leave only when asked for

        HttpResponse<String> withNotes = admin("GET", "/api/requests?language=es&outcome=connected&notes=true", null,
                "text/csv");
        assertThat(withNotes.body().split("\r\n")[0]).isEqualTo(String.join(",", RequestCsv.HEADER)
                + ",flags,note,roster");
        // "domestic" in the CAD note flags the call; the flag leaves with the note, only when asked for
        assertThat(withNotes.body()).contains(",30.0,,DOMESTIC_VIOLENCE,\"domestic, 5th and Main\",default\r\n");

        JsonNode list = JsonSerde.MAPPER.readTree(admin("GET", "/api/requests?outcome=connected&from="
                + t.minusSeconds(1), null).body());
        assertThat(list.findValuesAsString("requestId")).contains(id);
        JsonNode none = JsonSerde.MAPPER.readTree(admin("GET", "/api/requests?language=ar&from=" + t.minusSeconds(1),
                null).body());
        assertThat(none.findValuesAsString("requestId")).doesNotContain(id);
    }

    @Test
    void aCallerOnHoldHearsTheirPlaceInLine_andASupervisorCancelsTheRequestAhead() throws Exception {
        String first = openApiRequest("Somali", "ROUTINE");
        String second = openApiRequest("Somali", "ROUTINE");
        String urgent = openApiRequest("Somali", "EMERGENCY");
        for (String id : List.of(first, second, urgent)) {
            LineTopicsTap.publish(Topics.ROSTER_EVENTS, "default", new RequestQueued(UUID.randomUUID(), Instant.now(),
                    "default", id, "so", 1));
        }
        await().atMost(KAFKA).until(() -> "QUEUED".equals(record(first).path("status").asString())
                && "QUEUED".equals(record(second).path("status").asString())
                && "QUEUED".equals(record(urgent).path("status").asString()));
        // the emergency came last but is served first
        assertThat(hold(second)).contains("<Say>All Somali interpreters are busy. You are number 3 in line. Please "
                + "stay on the line; we will connect you as soon as one is free.</Say>");
        assertThat(hold(urgent)).contains("You are number 1 in line.");

        HttpResponse<String> cancelled = admin("POST", "/api/requests/" + record(first).path("reference").asString()
                + "/cancel", null);
        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(JsonSerde.MAPPER.readTree(cancelled.body()).path("status").asString()).isEqualTo("CANCELLED");
        RequestCancelled event = (RequestCancelled) LineTopicsTap.awaitDispatchEvent(
                e -> e instanceof RequestCancelled c && first.equals(c.requestId()), KAFKA);
        assertThat(event.reason()).isEqualTo(RequestCancelled.Reason.SUPERVISOR);
        assertThat(hold(second)).contains("You are number 2 in line.");
        assertThat(record(first).path("timeline").findValuesAsString("summary")).contains("cancelled: by a supervisor");

        // a repeat changes nothing; a request that is over cannot be cancelled; an unknown one is not found
        assertThat(admin("POST", "/api/requests/" + first + "/cancel", null).statusCode()).isEqualTo(200);
        LineTopicsTap.publish(Topics.ROSTER_EVENTS, "default", new RequestEscalated(UUID.randomUUID(), Instant.now(),
                "default", second, "so", Channel.API, RequestEscalated.Reason.WAITED_TOO_LONG, "+18005550199", null,
                null));
        await().atMost(KAFKA).until(() -> "ESCALATED".equals(record(second).path("status").asString()));
        HttpResponse<String> over = admin("POST", "/api/requests/" + second + "/cancel", null);
        assertThat(over.statusCode()).isEqualTo(409);
        assertThat(over.body()).contains("is ESCALATED: there is nothing to cancel");
        assertThat(admin("POST", "/api/requests/ZZZZ/cancel", null).statusCode()).isEqualTo(404);
    }

    @Test
    void withoutABackupServiceTheCallerHearsThatWeKeepTrying() throws Exception {
        String id = openApiRequest("Ukrainian", "URGENT");
        LineTopicsTap.publish(Topics.ROSTER_EVENTS, "default", new RequestEscalated(UUID.randomUUID(), Instant.now(),
                "default", id, "uk", Channel.API, RequestEscalated.Reason.NO_INTERPRETER_FOR_LANGUAGE, null, null,
                null));
        LineTopicsTap.publish(Topics.ROSTER_EVENTS, "default", new RequestQueued(UUID.randomUUID(), Instant.now(),
                "default", id, "uk", 1));
        await().atMost(KAFKA).until(() -> "QUEUED".equals(record(id).path("status").asString()));

        assertThat(hold(id)).contains("<Say>No Ukrainian interpreter is free yet, and no backup interpreter service "
                + "is available, so we are still trying. You are number 1 in line.");
        assertThat(hold("not-a-request")).contains("<Say>Please hold, we are connecting your interpreter.</Say>");
    }

    @Test
    void whenTheLineCannotRingAnyoneTheHoldingCallerIsGivenTheBackupNumber() throws Exception {
        String id = openApiRequest("Amharic", "EMERGENCY");
        LineTopicsTap.publish(Topics.ROSTER_EVENTS, "default", new RequestEscalated(UUID.randomUUID(), Instant.now(),
                "default", id, "am", Channel.API, RequestEscalated.Reason.TWILIO_UNAVAILABLE, FALLBACK, null, null));
        await().atMost(KAFKA).until(() -> "ESCALATED".equals(record(id).path("status").asString()));

        // the transfer goes through Twilio, which is failing: the caller hears the number to call instead
        assertThat(hold(id)).contains("<Say>We are sorry. The line cannot reach its interpreters right now. Please "
                + "hang up and call our backup interpreter service at 4 1 2, 5 5 5, 0 1 9 9. Again, 4 1 2, 5 5 5, "
                + "0 1 9 9.</Say>");
        assertThat(record(id).path("timeline").findValuesAsString("summary"))
                .contains("escalated to the fallback provider: twilio unavailable");
    }

    @Test
    void theHistoryComesInPagesNewestFirst_withTheTotalAndALinkToTheNextPage() throws Exception {
        String from = Instant.now().minusSeconds(1).toString();
        String first = openApiRequest("Tigrinya", "ROUTINE");
        String second = openApiRequest("Tigrinya", "ROUTINE");
        String third = openApiRequest("Tigrinya", "ROUTINE");

        HttpResponse<String> page = admin("GET", "/api/requests?language=ti&from=" + from + "&limit=2", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("X-Total-Count")).contains("3");
        assertThat(JsonSerde.MAPPER.readTree(page.body()).findValuesAsString("requestId"))
                .containsExactly(third, second);
        String next = page.headers().firstValue("Link").orElseThrow();
        assertThat(next).contains("offset=2").contains("limit=2").endsWith("; rel=\"next\"");

        String nextPath = next.substring(next.indexOf("/api/"), next.indexOf('>'));
        HttpResponse<String> last = admin("GET", nextPath, null);
        assertThat(JsonSerde.MAPPER.readTree(last.body()).findValuesAsString("requestId")).containsExactly(first);
        assertThat(last.headers().firstValue("Link")).isEmpty();

        HttpResponse<String> tooMany = admin("GET", "/api/requests?limit=100000", null);
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("limit");
    }

    private String openApiRequest(String language, String priority) throws Exception {
        HttpResponse<String> accepted = admin("POST", "/api/requests", """
                {"language": "%s", "callbackNumber": "%s", "priority": "%s"}""".formatted(language, freshPhone(),
                priority));
        assertThat(accepted.statusCode()).isEqualTo(202);
        String id = JsonSerde.MAPPER.readTree(accepted.body()).path("id").asString();
        await().atMost(KAFKA).until(() -> record(id).has("requestId"));
        return id;
    }

    /** What Twilio plays a caller holding in the request's conference (its wait URL). */
    private String hold(String requestId) throws Exception {
        HttpResponse<String> hold = webhook("/twilio/voice/hold?requestId=" + requestId, java.util.Map.of());
        assertThat(hold.statusCode()).isEqualTo(200);
        return hold.body();
    }

    @Test
    void theListIsJsonByDefaultNewestFirst() throws Exception {
        HttpResponse<String> list = admin("GET", "/api/requests", null, "*/*");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        List<String> opened = JsonSerde.MAPPER.readTree(list.body()).findValuesAsString("openedAt");
        assertThat(opened).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void aCadRequestIsFlaggedByItsFlagsField_andAnUnknownFlagIsRefusedNamingTheField() throws Exception {
        HttpResponse<String> accepted = admin("POST", "/api/requests", """
                {"language": "ar", "callbackNumber": "%s", "flags": ["child", "DEATH"], "note": "house fire"}"""
                .formatted(freshPhone()));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String id = JsonSerde.MAPPER.readTree(accepted.body()).path("id").asString();
        RequestOpened opened = (RequestOpened) LineTopicsTap.awaitDispatchEvent(
                e -> e instanceof RequestOpened o && id.equals(o.requestId()), KAFKA);
        assertThat(opened.flags()).containsExactly(org.interpreterline.events.CallFlag.CHILD,
                org.interpreterline.events.CallFlag.DEATH);
        await().atMost(KAFKA).untilAsserted(() -> assertThat(record(id).path("flags").toString())
                .contains("CHILD", "DEATH"));
        assertThat(record(id).path("timeline").get(0).path("summary").asString())
                .contains("flagged: may involve a child and a death");

        HttpResponse<String> refused = admin("POST", "/api/requests", """
                {"language": "ar", "callbackNumber": "%s", "flags": ["fire"]}""".formatted(freshPhone()));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"flags\"");
    }

    @Test
    void aCadRequestNamesItsRoster_theHistoryFiltersByIt_andAnUnknownRosterIsRefusedNamingTheField()
            throws Exception {
        HttpResponse<String> accepted = admin("POST", "/api/requests", """
                {"language": "es", "callbackNumber": "%s", "roster": "ems"}""".formatted(freshPhone()));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        JsonNode answer = JsonSerde.MAPPER.readTree(accepted.body());
        assertThat(answer.path("roster").asString()).isEqualTo(EMS_ROSTER);
        String ems = answer.path("id").asString();
        String home = openApiRequest("es", "ROUTINE");
        RequestOpened opened = (RequestOpened) LineTopicsTap.awaitDispatchEvent(
                e -> e instanceof RequestOpened o && ems.equals(o.requestId()), KAFKA);
        assertThat(opened.roster()).isEqualTo(EMS_ROSTER);
        assertThat(opened.rosterId()).as("the deployment's key, for every roster").isEqualTo("default");
        await().atMost(KAFKA).until(() -> record(ems).has("requestId"));
        assertThat(record(ems).path("roster").asString()).isEqualTo(EMS_ROSTER);
        assertThat(record(home).path("roster").asString()).as("none asked for").isEqualTo(HOME_ROSTER);

        JsonNode emsOnly = JsonSerde.MAPPER.readTree(admin("GET", "/api/requests?roster=ems", null).body());
        assertThat(emsOnly.findValuesAsString("requestId")).contains(ems).doesNotContain(home);
        assertThat(emsOnly.findValuesAsString("roster")).containsOnly(EMS_ROSTER);
        JsonNode homeOnly = JsonSerde.MAPPER.readTree(admin("GET", "/api/requests?roster=default", null).body());
        assertThat(homeOnly.findValuesAsString("requestId")).contains(home).doesNotContain(ems);
        String csv = admin("GET", "/api/requests?roster=ems", null, "text/csv").body();
        assertThat(csv).contains(ems).doesNotContain(home);
        assertThat(java.util.Arrays.stream(csv.split("\r\n")).skip(1).toList()).isNotEmpty()
                .allSatisfy(row -> assertThat(row).endsWith(",ems"));

        HttpResponse<String> refused = admin("POST", "/api/requests", """
                {"language": "es", "callbackNumber": "%s", "roster": "fire"}""".formatted(freshPhone()));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"field\":\"roster\"");
        HttpResponse<String> badFilter = admin("GET", "/api/requests?roster=fire", null);
        assertThat(badFilter.statusCode()).isEqualTo(400);
        assertThat(badFilter.body()).contains("\"field\":\"roster\"");
    }

    @Test
    void aCadNoteNameAndAgencyAreCleanedWhereTheyEnter() throws Exception {
        HttpResponse<String> accepted = admin("POST", "/api/requests", """
                {"language": "es", "callbackNumber": "%s", "agency": "Pittsburgh\\u0000 Police\\u202e",
                 "note": "Nepali x \\u0007%s\\ud83d", "requesterName": "Officer\\u0000 Diaz"}"""
                .formatted(freshPhone(), "\uD83D\uDE00".repeat(200)));
        assertThat(accepted.statusCode()).isEqualTo(202);
        String id = JsonSerde.MAPPER.readTree(accepted.body()).path("id").asString();

        RequestOpened opened = (RequestOpened) LineTopicsTap.awaitDispatchEvent(
                e -> e instanceof RequestOpened o && id.equals(o.requestId()), KAFKA);
        assertThat(opened.agency()).isEqualTo("Pittsburgh Police");
        assertThat(opened.requesterName()).isEqualTo("Officer Diaz");
        assertThat(opened.note()).startsWith("Nepali x \uD83D\uDE00").hasSizeLessThanOrEqualTo(500);
        assertThat(opened.note().codePoints().filter(cp -> Character.getType(cp) == Character.SURROGATE
                || Character.getType(cp) == Character.CONTROL)).isEmpty();
    }

    @Test
    void unknownRequestsAndBadFiltersAreExplained() throws Exception {
        HttpResponse<String> missing = admin("GET", "/api/requests/ZZZZ", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("\"status\":404");

        HttpResponse<String> badLanguage = admin("POST", "/api/requests", """
                {"language": "Klingonese", "callbackNumber": "+14125550123"}""");
        assertThat(badLanguage.statusCode()).isEqualTo(400);
        assertThat(badLanguage.body()).contains("\"field\":\"language\"");

        HttpResponse<String> badNumber = admin("POST", "/api/requests", """
                {"language": "es", "callbackNumber": "12"}""");
        assertThat(badNumber.body()).contains("\"field\":\"callbackNumber\"");

        assertThat(admin("GET", "/api/requests?from=yesterday", null).body()).contains("\"field\":\"from\"");
        assertThat(admin("GET", "/api/requests?outcome=lost", null).body()).contains("\"field\":\"outcome\"");
    }

    @Test
    void unreadableRecordsAreDeadLetteredAndTheRecordCarriesOn() throws Exception {
        LineTopicsTap.publishRaw(Topics.DISPATCH_EVENTS.name(), "default",
                "{\"type\":\"RequestOpened\",\"requestId\":".getBytes(StandardCharsets.UTF_8));
        LineTopicsTap.publishRaw(Topics.DISPATCH_RESPONDERS.name(), "+14125550000",
                "not a responder".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> accepted = admin("POST", "/api/requests", """
                {"language": "ar", "callbackNumber": "%s"}""".formatted(freshPhone()));
        String id = JsonSerde.MAPPER.readTree(accepted.body()).path("id").asString();
        await().atMost(KAFKA).until(() -> record(id).has("requestId"));
        assertThat(new ServiceProbe(port, ADMIN_USER, ADMIN_PASSWORD).componentStatus("requestRecord")).isEqualTo("UP");

        try (KafkaConsumer<byte[], byte[]> dlt = new KafkaConsumer<>(java.util.Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestBroker.shared().bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                Topics.bytes().deserializer(), Topics.bytes().deserializer())) {
            List<TopicPartition> partitions = dlt.partitionsFor(Topics.DISPATCH_EVENTS.deadLetterName()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            dlt.assign(partitions);
            dlt.seekToBeginning(partitions);
            List<String> errors = new ArrayList<>();
            await().atMost(KAFKA).until(() -> {
                dlt.poll(Duration.ofMillis(200)).forEach(r -> errors.add(new String(r.headers()
                        .lastHeader(DeadLetterOnUnreadable.SOURCE_TOPIC).value(), StandardCharsets.UTF_8)));
                return !errors.isEmpty();
            });
            assertThat(errors).contains("dispatch.events");
        }
    }

    private JsonNode record(String idOrReference) throws Exception {
        HttpResponse<String> response = admin("GET", "/api/requests/" + idOrReference, null);
        return response.statusCode() == 200 ? JsonSerde.MAPPER.readTree(response.body())
                : JsonSerde.MAPPER.createObjectNode();
    }

    private static OfferMade offer(String id, String offerId, String interpreterId, String name, int attempt,
            Instant at) {
        return new OfferMade(UUID.randomUUID(), at, "default", id, offerId, interpreterId, name, "+14125559999",
                "es", "Pittsburgh Police", Priority.EMERGENCY, null, Channel.API, null, null, "req-" + id,
                at.plusSeconds(40), attempt);
    }
}
