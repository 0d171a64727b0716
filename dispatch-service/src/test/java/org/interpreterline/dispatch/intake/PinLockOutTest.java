package org.interpreterline.dispatch.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.interpreterline.dispatch.DispatchIntegrationTest;
import org.interpreterline.dispatch.pins.PinCounts;
import org.interpreterline.dispatch.stores.DispatchStores;
import org.interpreterline.events.Topics;
import org.interpreterline.testkit.ServiceProbe;
import org.interpreterline.testkit.TestBroker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Agency PINs cannot be guessed call after call: wrong PINs are counted per calling number in the line's record
 * in Kafka, and five within fifteen minutes keep that number from being asked for a PIN for fifteen minutes.
 * Between PINs the tests wait for the count to be in the store, as the seconds between real calls do.
 */
class PinLockOutTest extends DispatchIntegrationTest {

    private static final String WRONG = "9999";
    private static final Duration KAFKA = Duration.ofSeconds(15);

    @Autowired
    DispatchStores stores;

    @Test
    void fiveWrongPinsFromOneNumberLockItOut_andItsNextCallGoesStraightToTheFallback() throws Exception {
        String stranger = freshPhone();
        int counted = 0;
        for (int call = 1; call <= 2; call++) {
            String sid = freshSid("CA");
            assertThat(webhook("/twilio/voice", Map.of("CallSid", sid, "From", stranger)).body())
                    .contains("Enter your agency PIN");
            assertThat(pin(sid, stranger, 1, WRONG).body()).contains("Sorry, that PIN is not valid.", "pin?attempt=2");
            awaitCounted(stranger, ++counted);
            assertThat(pin(sid, stranger, 2, WRONG).body()).contains("Please ask your agency to register");
            awaitCounted(stranger, ++counted);
        }

        String third = freshSid("CA");
        assertThat(webhook("/twilio/voice", Map.of("CallSid", third, "From", stranger)).body())
                .contains("Enter your agency PIN");
        HttpResponse<String> fifth = pin(third, stranger, 1, WRONG);

        assertThat(fifth.body()).contains("<Say>Too many wrong PINs were entered from this phone.")
                .contains("<Dial>" + FALLBACK + "</Dial>").doesNotContain("Enter your agency PIN");
        awaitCounted(stranger, -1);
        HttpResponse<String> sixthCall = webhook("/twilio/voice", Map.of("CallSid", freshSid("CA"), "From", stranger));
        assertThat(sixthCall.body()).contains("Too many wrong PINs were entered from this phone.")
                .contains("<Dial>" + FALLBACK + "</Dial>").doesNotContain("Enter your agency PIN", "<Gather");
    }

    @Test
    void aNumberInLockOutGetsNoGuess_notEvenTheRightPin() throws Exception {
        String stranger = freshPhone();
        String sid = freshSid("CA");
        for (int attempt = 1; attempt <= 5; attempt++) {
            pin(sid, stranger, attempt, WRONG);
            awaitCounted(stranger, attempt < 5 ? attempt : -1);
        }

        HttpResponse<String> right = pin(sid, stranger, 6, AGENCY_PIN);

        assertThat(right.body()).contains("Too many wrong PINs").doesNotContain("For Spanish, press 1");
    }

    @Test
    void anotherNumberIsStillAskedForItsPin_andTheRightPinLetsItIn() throws Exception {
        String attacker = freshPhone();
        String sid = freshSid("CA");
        for (int attempt = 1; attempt <= 5; attempt++) {
            pin(sid, attacker, attempt, WRONG);
            awaitCounted(attacker, attempt < 5 ? attempt : -1);
        }

        String officer = freshPhone();
        String officersCall = freshSid("CA");
        assertThat(webhook("/twilio/voice", Map.of("CallSid", officersCall, "From", officer)).body())
                .contains("Enter your agency PIN");
        assertThat(pin(officersCall, officer, 1, AGENCY_PIN).body()).contains("Thank you. For Spanish, press 1.");
    }

    @Test
    void aRightPinForgivesTheWrongOnesBefore_andTwilioRetryingAWrongPinCountsItOnce() throws Exception {
        String officer = freshPhone();
        String sid = freshSid("CA");
        pin(sid, officer, 1, WRONG);
        pin(sid, officer, 1, WRONG); // Twilio's retry of the same webhook
        awaitCounted(officer, 1);
        pin(sid, officer, 2, WRONG);
        awaitCounted(officer, 2);

        assertThat(pin(sid, officer, 3, AGENCY_PIN).body()).contains("Thank you.");

        awaitCounted(officer, 0);
    }

    @Test
    void theCountsInKafkaHoldAKeyedHashOfTheNumber_neverTheNumber() throws Exception {
        String stranger = freshPhone();
        pin(freshSid("CA"), stranger, 1, WRONG);
        awaitCounted(stranger, 1);

        List<String> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestBroker.shared().bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                Topics.bytes().deserializer(), Topics.bytes().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.DISPATCH_PIN_ATTEMPTS.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(KAFKA).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> records.add(new String(r.value(),
                        StandardCharsets.UTF_8)));
                return !records.isEmpty();
            });
        }
        String digits = stranger.substring(1);
        assertThat(records).allSatisfy(r -> assertThat(r).doesNotContain(digits).doesNotContain(digits.substring(4))
                .containsPattern("\"caller\":\"[0-9a-f]{64}\""));
    }

    @Test
    void wrongPinsAndLockOutsAreCounted() throws Exception {
        double rejected = metric("line_pin_rejected_total");
        double lockouts = metric("line_pin_lockouts_total");
        String stranger = freshPhone();
        String sid = freshSid("CA");
        for (int attempt = 1; attempt <= 5; attempt++) {
            pin(sid, stranger, attempt, WRONG);
            awaitCounted(stranger, attempt < 5 ? attempt : -1);
        }

        assertThat(metric("line_pin_rejected_total")).isEqualTo(rejected + 5);
        assertThat(metric("line_pin_lockouts_total")).isEqualTo(lockouts + 1);
    }

    private HttpResponse<String> pin(String callSid, String from, int attempt, String digits) throws Exception {
        return webhook("/twilio/voice/pin?attempt=" + attempt, Map.of("CallSid", callSid, "From", from,
                "Digits", digits));
    }

    /** @param expected wrong PINs that count, or -1 for locked out */
    private void awaitCounted(String phone, int expected) {
        await().atMost(KAFKA).until(() -> PinCounts.of(stores, AUTH_TOKEN, phone) == expected);
    }

    private double metric(String name) throws Exception {
        String scrape = new ServiceProbe(port, ADMIN_USER, ADMIN_PASSWORD).get("/actuator/prometheus").body();
        Matcher value = Pattern.compile("(?m)^" + name + "\\{[^}]*} ([0-9.E+-]+)$").matcher(scrape);
        assertThat(value.find()).as(name + " in\n" + scrape).isTrue();
        return Double.parseDouble(value.group(1));
    }
}
