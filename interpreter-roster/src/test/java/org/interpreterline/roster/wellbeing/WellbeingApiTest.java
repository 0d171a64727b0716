package org.interpreterline.roster.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.interpreterline.events.CallFlag;
import org.interpreterline.events.Channel;
import org.interpreterline.events.JsonSerde;
import org.interpreterline.events.Priority;
import org.interpreterline.events.RequestConference;
import org.interpreterline.events.Topics;
import org.interpreterline.events.dispatch.DispatchEvent;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.dispatch.ToughCallReported;
import org.interpreterline.events.notification.ConferenceEnded;
import org.interpreterline.events.notification.NotificationEvent;
import org.interpreterline.events.notification.OfferAnswered;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.roster.RosterEvent;
import org.interpreterline.platform.kafka.TopicPublisher;
import org.interpreterline.roster.RunningRoster;
import org.interpreterline.testkit.ServiceProbe;
import org.interpreterline.testkit.TestBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A scripted history through the broker and the running roster: a flagged call for Ana, an ordinary one for Bea who
 * then texts TOUGH; the coordinator's API and the gauge each show one tough call per interpreter, by id.
 */
class WellbeingApiTest extends RunningRoster {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private final List<String> added = new ArrayList<>();

    @AfterEach
    void removeTheAdded() throws Exception {
        for (String id : added) {
            asAdmin("DELETE", "/api/interpreters/" + id, null);
        }
    }

    @Test
    void flaggedAndReportedCallsShowAsExposurePerInterpreter() throws Exception {
        assertThat(new ServiceProbe(port).awaitHealth()).isEqualTo("UP");
        String ana = add("Ana Wellbeing", "+14125550181", 1);
        String bea = add("Bea Wellbeing", "+14125550182", 2);
        on(ana);
        Map<String, Object> producer = Map.of("bootstrap.servers", TestBroker.shared().bootstrapServers());
        try (TopicPublisher<String, DispatchEvent> dispatch = new TopicPublisher<>(Topics.DISPATCH_EVENTS, producer);
                TopicPublisher<String, NotificationEvent> notifications =
                        new TopicPublisher<>(Topics.NOTIFICATION_EVENTS, producer);
                KafkaConsumer<String, RosterEvent> roster = rosterEvents()) {
            String first = "wb-1-" + RUN;
            dispatch.publish(rosterId(), opened(first, CallFlag.CHILD)).get();
            OfferMade toAna = awaitOffer(roster, first);
            assertThat(toAna.interpreterId()).isEqualTo(ana);
            assertThat(toAna.flags()).containsExactly(CallFlag.CHILD);
            talk(notifications, toAna);

            on(bea); // Ana is wrapping up (the longer wrap-up): Bea takes the next one
            String second = "wb-2-" + RUN;
            dispatch.publish(rosterId(), opened(second)).get();
            OfferMade toBea = awaitOffer(roster, second);
            assertThat(toBea.interpreterId()).isEqualTo(bea);
            talk(notifications, toBea);
            dispatch.publish(rosterId(), new ToughCallReported(UUID.randomUUID(), Instant.now(), rosterId(), bea))
                    .get();
        }

        Awaitility.await().atMost(WAIT).untilAsserted(() -> {
            JsonNode report = JsonSerde.MAPPER.readTree(asAdmin("GET", "/api/interpreters/wellbeing", null).body());
            assertThat(row(report, ana).path("toughCalls").asInt()).isEqualTo(1);
            assertThat(row(report, bea).path("toughCalls").asInt()).isEqualTo(1);
            assertThat(row(report, ana).path("resting").asBoolean()).isFalse(); // 3 within a day rest them
            assertThat(row(report, ana).path("status").asString()).isEqualTo("WRAP_UP");
        });
        Awaitility.await().atMost(WAIT).untilAsserted(() -> assertThat(asAdmin("GET", "/actuator/prometheus", null)
                .body()).contains("line_interpreter_exposure{application=\"interpreter-roster\",interpreter=\"" + ana
                        + "\"} 1.0", "line_interpreter_exposure{application=\"interpreter-roster\",interpreter=\""
                        + bea + "\"} 1.0")
                .doesNotContain("Ana Wellbeing", "5550181"));
    }

    private void talk(TopicPublisher<String, NotificationEvent> notifications, OfferMade offer) throws Exception {
        notifications.publish(rosterId(), new OfferAnswered(UUID.randomUUID(), Instant.now(), rosterId(),
                offer.requestId(), offer.offerId(), offer.interpreterId(), OfferAnswered.Answer.ACCEPTED, "CA-wb"))
                .get();
        notifications.publish(rosterId(), new ConferenceEnded(UUID.randomUUID(), Instant.now(), rosterId(),
                offer.requestId(), RequestConference.nameOf(offer.requestId()), "CF-wb")).get();
    }

    private static JsonNode row(JsonNode report, String id) {
        for (JsonNode row : report.path("interpreters")) {
            if (id.equals(row.path("interpreterId").asString())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + id + " in " + report);
    }

    private KafkaConsumer<String, RosterEvent> rosterEvents() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestBroker.shared().bootstrapServers());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        KafkaConsumer<String, RosterEvent> consumer = new KafkaConsumer<>(props,
                Topics.ROSTER_EVENTS.keySerde().deserializer(), Topics.ROSTER_EVENTS.valueSerde().deserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.ROSTER_EVENTS.name()).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    private static OfferMade awaitOffer(KafkaConsumer<String, RosterEvent> consumer, String requestId) {
        List<OfferMade> found = new ArrayList<>();
        Awaitility.await().atMost(WAIT).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                if (r.value() instanceof OfferMade o && o.requestId().equals(requestId)) {
                    found.add(o);
                }
            });
            return !found.isEmpty();
        });
        return found.getFirst();
    }

    private static RequestOpened opened(String requestId, CallFlag... flags) {
        return new RequestOpened(UUID.randomUUID(), Instant.now(), rosterId(), requestId, "WB" + requestId.charAt(3),
                "uk", Channel.SMS, Priority.URGENT, "Pittsburgh Police", "Officer Diaz", "+14125550101", null,
                "scripted", RequestConference.nameOf(requestId), null, List.of(flags));
    }

    private static String rosterId() {
        return "roster-test-" + RUN;
    }

    private void on(String id) throws Exception {
        HttpResponse<String> on = asAdmin("PUT", "/api/interpreters/" + id + "/presence", "{\"status\":\"AVAILABLE\"}");
        assertThat(on.statusCode()).as(on.body()).isEqualTo(200);
    }

    private String add(String name, String phone, int tier) throws Exception {
        HttpResponse<String> created = asAdmin("POST", "/api/interpreters", "{\"name\":\"" + name + "\",\"phone\":\""
                + phone + "\",\"languages\":[\"uk\"],\"tier\":" + tier + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JsonSerde.MAPPER.readTree(created.body()).path("id").asString();
        added.add(id);
        return id;
    }
}
