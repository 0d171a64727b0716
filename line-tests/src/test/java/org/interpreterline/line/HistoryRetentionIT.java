package org.interpreterline.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.interpreterline.events.Channel;
import org.interpreterline.events.RequestConference;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.simulator.phones.Behaviour;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The request history forgets on schedule (docs/privacy.md, "What the line keeps"), on a line whose
 * {@code LINE_HISTORY_RETENTION} is 20 seconds: a scripted history of two connected calls, the second a while after
 * the first. Once the first call's last change is older than the retention it is gone from every read path (the
 * request by id and by reference, the history list, its CSV export with the notes) and from Kafka (tombstones on
 * the request stores' changelogs, which compaction then removes), while the younger call is still in all of them;
 * the minutes report, the aggregate kept apart for payment, still counts the forgotten call exactly as before, and
 * once, and its record holds no number or note. Its own line: so short a retention would take other classes' requests away.
 */
class HistoryRetentionIT {

    static final Duration RETENTION = Duration.ofSeconds(20);
    static final Duration PATIENCE = Duration.ofSeconds(40);
    static final String OFFICER = "+14125550701";
    static final String INTERPRETER = "+14125550711";
    static final String NOTE_WORDS = "fell at the bus stop on Penn Avenue";

    static LineUnderTest line;
    static RawTopics topics;

    @BeforeAll
    static void startALineThatForgetsAfterTwentySeconds() throws Exception {
        line = LineUnderTest.start("history-retention", Map.of("LINE_HISTORY_RETENTION", RETENTION.toSeconds() + "s",
                "LINE_HISTORY_SWEEP_EVERY", "1s", "LINE_WRAP_UP", "1s"), 4);
        topics = new RawTopics(line.broker.bootstrapServers());
    }

    @AfterAll
    static void stop() throws Exception {
        if (line != null) {
            line.close();
        }
    }

    @Test
    void anOldCallIsForgottenFromEveryReadPathAndFromKafka_aYoungerOneStays_andTheMinutesStillAddUp()
            throws Exception {
        line.responder("Officer Novak", OFFICER, "Pittsburgh Police");
        line.sim.configurePhone(OFFICER, "Officer Novak", Behaviour.ANSWER, 200, null, false);
        line.sim.configurePhone(INTERPRETER, "Lucia Mendez", Behaviour.ANSWER, 200, "1", false);
        line.availableInterpreter("Lucia Mendez", INTERPRETER, List.of("es"), 1);
        Instant from = Instant.now().minus(Duration.ofHours(1));
        Instant to = Instant.now().plus(Duration.ofHours(1));

        JsonNode old = connectedAndEnded("Spanish, the old call: " + NOTE_WORDS);
        String oldId = old.path("requestId").asString();
        String oldReference = old.path("reference").asString();
        // while young, the old call is in every read path, and its minutes come from the history
        assertThat(get("/api/requests/" + oldId).statusCode()).isEqualTo(200);
        assertThat(get("/api/requests/" + oldReference).statusCode()).isEqualTo(200);
        assertThat(csvWithNotes()).contains(oldReference, NOTE_WORDS);
        JsonNode oldMinutes = minutes(from, to).path("total");
        assertThat(oldMinutes.path("calls").asInt()).isEqualTo(1);

        // the younger call's last change comes a third of the retention after the old one's
        Instant oldLastChange = lastChange(old);
        await("a third of the retention after the old call").atMost(RETENTION)
                .until(() -> Instant.now().isAfter(oldLastChange.plus(RETENTION.dividedBy(3))));
        Instant youngSent = Instant.now();
        JsonNode young = connectedAndEnded("Spanish, the younger call");
        String youngId = young.path("requestId").asString();

        await("the old call forgotten").atMost(RETENTION.plus(PATIENCE)).pollInterval(Duration.ofMillis(250))
                .until(() -> get("/api/requests/" + oldId).statusCode() == 404);
        // at that moment the younger call, a third of the retention younger, is still in every read path
        assertThat(get("/api/requests/" + youngId).statusCode()).isEqualTo(200);
        assertThat(get("/api/requests/" + oldReference).statusCode()).as("by reference").isEqualTo(404);
        assertThat(line.dispatchAdmin.ok("GET", "/api/requests", null).valueStream()
                .map(r -> r.path("requestId").asString())).contains(youngId).doesNotContain(oldId);
        String csv = csvWithNotes();
        assertThat(csv).contains(young.path("reference").asString()).doesNotContain(oldReference, NOTE_WORDS);

        // the minutes report still counts the old call, now from its own record, exactly as before, and once
        JsonNode youngMinutes = minutes(youngSent, to).path("total");
        JsonNode both = minutes(from, to).path("total");
        assertThat(youngMinutes.path("calls").asInt()).isEqualTo(1);
        assertThat(both.path("calls").asInt()).isEqualTo(2);
        assertThat(both.path("seconds").asLong())
                .isEqualTo(oldMinutes.path("seconds").asLong() + youngMinutes.path("seconds").asLong());

        // in Kafka: the request stores' changelogs end the old call's keys with tombstones; the younger stays
        Map<String, byte[]> records = topics.latestValues("dispatch-service-requests-changelog");
        assertThat(records).containsKey(oldId);
        assertThat(records.get(oldId)).as("the old record's latest value is a tombstone").isNull();
        assertThat(records.get(youngId)).isNotNull();
        Map<String, byte[]> references = topics.latestValues("dispatch-service-request-references-changelog");
        assertThat(references).containsKey(oldReference);
        assertThat(references.get(oldReference)).isNull();
        byte[] paid = topics.latestValues("dispatch-service-paid-calls-changelog").get(oldId);
        assertThat(paid).as("the minutes record of the old call").isNotNull();
        assertThat(new String(paid, StandardCharsets.UTF_8)).doesNotContain("4125550701", NOTE_WORDS, oldReference);
    }

    /** The officer texts a request, the interpreter takes it, both talk, the officer hangs up: the ended record. */
    private static JsonNode connectedAndEnded(String text) {
        Instant sent = Instant.now();
        line.sim.sms(OFFICER, text);
        RequestOpened opened = line.events.await(RequestOpened.class, e -> OFFICER.equals(e.requesterPhone())
                && e.channel() == Channel.SMS && !e.occurredAt().isBefore(sent.minusSeconds(1)), PATIENCE);
        line.sim.awaitConference(RequestConference.nameOf(opened.requestId()),
                c -> c.phoneNumbers().containsAll(List.of(OFFICER, INTERPRETER)), PATIENCE);
        line.awaitStatus(opened.requestId(), "CONNECTED");
        line.sim.hangup(OFFICER);
        return line.awaitStatus(opened.requestId(), "ENDED");
    }

    private static Instant lastChange(JsonNode record) {
        return record.path("timeline").valueStream().map(e -> Instant.parse(e.path("at").asString()))
                .max(Instant::compareTo).orElseThrow();
    }

    private static HttpResponse<String> get(String path) {
        return line.dispatchAdmin.send("GET", path, null);
    }

    private static JsonNode minutes(Instant from, Instant to) {
        return line.dispatchAdmin.ok("GET", "/api/reports/minutes?from=" + from + "&to=" + to, null);
    }

    private static String csvWithNotes() {
        return line.dispatchAdmin.csv("/api/requests?notes=true");
    }
}
