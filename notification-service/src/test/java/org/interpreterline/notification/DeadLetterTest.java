package org.interpreterline.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.awaitility.Awaitility;
import org.interpreterline.events.Channel;
import org.interpreterline.events.Priority;
import org.interpreterline.events.Topics;
import org.interpreterline.events.notification.OfferNotAnswered;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.platform.streams.DeadLetterOnUnreadable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import io.micrometer.core.instrument.MeterRegistry;

/** A record nobody can read is parked on roster.events.dlt with the error, and the call desk carries on. */
class DeadLetterTest extends LineIntegrationTest {

    @Autowired
    MeterRegistry registry;

    @Test
    void garbageGoesToTheDeadLetterTopicAndTheNextOfferIsStillHandled() {
        byte[] garbage = ("not json " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String offerId = "o-" + UUID.randomUUID();
        TwilioStandIn.client().configurePhone(Phones.DLT_INTERPRETER, Behaviour.BUSY);
        player().raw(Topics.ROSTER_EVENTS.name(), ROSTER, garbage);
        player().roster(new OfferMade(UUID.randomUUID(), java.time.Instant.now(), ROSTER, "r-" + offerId, offerId,
                "i-dlt", "Dee Elty", Phones.DLT_INTERPRETER, "es", "Pittsburgh Police", Priority.URGENT, null,
                Channel.VOICE, "+14125550199", "CA-none", null, java.time.Instant.now().plusSeconds(60), 1));

        // handled: the interpreter was rung and the busy line reported
        OfferNotAnswered outcome = watch().await(OfferNotAnswered.class, e -> e.offerId().equals(offerId));
        assertThat(outcome.outcome()).isEqualTo(OfferNotAnswered.Outcome.BUSY);

        ConsumerRecord<byte[], byte[]> parked = deadLetter(garbage);
        assertThat(new String(parked.key(), StandardCharsets.UTF_8)).isEqualTo(ROSTER);
        assertThat(header(parked, DeadLetterOnUnreadable.ERROR_MESSAGE)).contains("Cannot read RosterEvent");
        assertThat(header(parked, DeadLetterOnUnreadable.SOURCE_TOPIC)).isEqualTo(Topics.ROSTER_EVENTS.name());
        assertThat(header(parked, DeadLetterOnUnreadable.CONSUMER)).isEqualTo("notification-" + ROSTER);
        assertThat(registry.find("line_dead_letters").tag("topic", Topics.ROSTER_EVENTS.deadLetterName()).counter()
                .count()).isPositive();
    }

    private static ConsumerRecord<byte[], byte[]> deadLetter(byte[] value) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dlt-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.ROSTER_EVENTS.deadLetterName()));
            ConsumerRecord<byte[], byte[]>[] found = new ConsumerRecord[1];
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (Arrays.equals(record.value(), value)) {
                        found[0] = record;
                    }
                }
                return found[0] != null;
            });
            return found[0];
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
