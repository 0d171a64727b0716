package org.interpreterline.notification.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.interpreterline.events.Channel;
import org.interpreterline.events.Priority;
import org.interpreterline.events.Topics;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.notification.OfferAnswered;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.notification.EventPlayer;
import org.interpreterline.notification.NotificationProperties;
import org.interpreterline.notification.offers.LiveOffers;
import org.interpreterline.notification.offers.Offer.Stage;
import org.interpreterline.notification.requests.Requests;
import org.interpreterline.testkit.TestBroker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The start-up rebuild against the real broker: a restart knows what was in flight and dials nothing twice. */
class StateRebuildTest {

    private static final Clock CLOCK = Clock.systemUTC();

    private final String roster = "rb-" + UUID.randomUUID().toString().substring(0, 8);
    private final String group = "rebuild-" + roster;
    private final LiveOffers offers = new LiveOffers(CLOCK, Duration.ofHours(2));
    private final Requests requests = new Requests(CLOCK, Duration.ofHours(2));
    private final ResumePoints resume = new ResumePoints();

    @BeforeAll
    static void topics() throws Exception {
        try (Admin admin = admin()) {
            for (String topic : new String[] {Topics.DISPATCH_EVENTS.name(), Topics.ROSTER_EVENTS.name(),
                    Topics.NOTIFICATION_EVENTS.name()}) {
                try {
                    admin.createTopics(java.util.List.of(new NewTopic(topic, 3, (short) 1))).all().get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }

    @Test
    void aFreshGroupRebuildsEverythingInTheWindowAndResumesAtTheEnd() throws Exception {
        RecordMetadata offerRecord;
        try (EventPlayer player = new EventPlayer(TestBroker.shared().bootstrapServers())) {
            player.dispatch(opened("r1"));
            offerRecord = player.roster(offer("r1", "o1"));
            player.roster(offer("r1", "o1b"));
            player.notification(new OfferAnswered(UUID.randomUUID(), CLOCK.instant(), roster, "r1", "o1b", "i1",
                    OfferAnswered.Answer.ACCEPTED, "CA-o1b"));
        }

        int applied = rebuild().rebuild();

        assertThat(applied).isGreaterThanOrEqualTo(2);
        assertThat(requests.find("r1").orElseThrow().spokenReference()).isEqualTo("K7Q2");
        assertThat(offers.find("o1")).isPresent();
        assertThat(offers.claimDial("o1")).as("dialled by the previous run").isFalse();
        TopicPartition partition = new TopicPartition(offerRecord.topic(), offerRecord.partition());
        assertThat(resume.startFor(partition)).isGreaterThan(offerRecord.offset());
        assertThat(offers.find("o1b").orElseThrow()).satisfies(o -> {
            assertThat(o.stage()).isEqualTo(Stage.ACCEPTED);
            assertThat(o.callSid()).isEqualTo("CA-o1b");
            assertThat(o.reported()).as("its acceptance is not reported again").isTrue();
        });
        assertThat(offers.isOfferLeg("CA-o1b")).isTrue();
    }

    @Test
    void aGroupThatCommittedRebuildsOnlyUpToItsOffsetAndLeavesTheRestToTheListener() throws Exception {
        RecordMetadata handled;
        try (EventPlayer player = new EventPlayer(TestBroker.shared().bootstrapServers())) {
            player.dispatch(opened("r2"));
            handled = player.roster(offer("r2", "o-handled"));
            player.roster(offer("r2", "o-pending"));
        }
        try (Admin admin = admin()) {
            admin.alterConsumerGroupOffsets(group, Map.of(new TopicPartition(handled.topic(), handled.partition()),
                    new OffsetAndMetadata(handled.offset() + 1))).all().get();
        }

        rebuild().rebuild();

        assertThat(offers.claimDial("o-handled")).isFalse();
        assertThat(offers.find("o-pending")).as("the listener gets it from the committed offset").isEmpty();
        assertThat(resume.startFor(new TopicPartition(handled.topic(), handled.partition()))).isNull();
    }

    private StateRebuild rebuild() {
        String servers = TestBroker.shared().bootstrapServers();
        NotificationProperties props = new NotificationProperties(roster, Duration.ofSeconds(20),
                Duration.ofSeconds(8), 1, true, Duration.ofHours(2), 10);
        return new StateRebuild(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers, ConsumerConfig.GROUP_ID_CONFIG,
                group), Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers), group,
                new EventMemory(offers, requests), resume, props, CLOCK);
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestBroker.shared().bootstrapServers()));
    }

    private RequestOpened opened(String requestId) {
        return new RequestOpened(UUID.randomUUID(), CLOCK.instant(), roster, requestId, "K7Q2", "es", Channel.SMS,
                Priority.URGENT, "Pittsburgh Police", "Officer Lee", "+14125550122", null, null, "req-" + requestId);
    }

    private OfferMade offer(String requestId, String offerId) {
        return new OfferMade(UUID.randomUUID(), CLOCK.instant(), roster, requestId, offerId, "i1", "Ana Rodriguez",
                "+14125550111", "es", "Pittsburgh Police", Priority.URGENT, null, Channel.SMS, "+14125550122", null,
                "req-" + requestId, CLOCK.instant().plusSeconds(40), 1);
    }
}
