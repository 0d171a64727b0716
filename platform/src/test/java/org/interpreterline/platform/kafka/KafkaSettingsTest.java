package org.interpreterline.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.NewTopic;
import org.interpreterline.platform.streams.LineStreams;
import org.interpreterline.platform.streams.StreamsProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

/** What a three-broker cluster needs of the line's topics and of its Streams clients. */
class KafkaSettingsTest {

    private final StreamsProperties streams = new StreamsProperties("dispatch-service", "/tmp/state",
            Duration.ofMillis(20), 1, "http://10.0.0.7:8081", Duration.ofSeconds(3), Duration.ofSeconds(1),
            Duration.ofSeconds(3));

    @Test
    void threeCopiesTakeWritesWithOneBrokerAwayAndOneBrokerKeepsWorking() {
        assertThat(KafkaTopicProperties.withDefaultRetention(3, (short) 3, null).minInsync()).isEqualTo(2);
        assertThat(KafkaTopicProperties.withDefaultRetention(3, (short) 1, null).minInsync()).isEqualTo(1);
        assertThat(KafkaTopicProperties.withDefaultRetention(3, (short) 3, 3).minInsync()).isEqualTo(3);
        assertThat(KafkaTopicProperties.withDefaultRetention(3, (short) 1, 2).isMinInsyncReachable()).isFalse();
    }

    @Test
    void everyLineTopicAndItsDeadLetterTopicIsReplicatedAsConfigured() {
        for (NewTopic topic : LineTopics.topics(KafkaTopicProperties.withDefaultRetention(3, (short) 3, null))) {
            assertThat(topic.replicationFactor()).as(topic.name()).isEqualTo((short) 3);
            assertThat(topic.configs()).as(topic.name()).containsEntry("min.insync.replicas", "2");
        }
    }

    @Test
    void eventTopicsAndDeadLettersForgetWithTheHistory_theAuditTrailKeepsLonger_tablesAreCompactedInstead() {
        KafkaTopicProperties settings = new KafkaTopicProperties(3, (short) 3, null, Duration.ofDays(30),
                Duration.ofDays(365));
        Map<String, Map<String, String>> configs = LineTopics.topics(settings).stream()
                .collect(Collectors.toMap(NewTopic::name, NewTopic::configs));

        assertThat(configs.get("dispatch.events")).containsEntry("retention.ms", "2592000000");
        assertThat(configs.get("dispatch.events.dlt")).containsEntry("retention.ms", "2592000000");
        assertThat(configs.get("dispatch.responders.dlt")).containsEntry("retention.ms", "2592000000");
        assertThat(configs.get("line.audit")).containsEntry("retention.ms", "31536000000");
        assertThat(configs.get("dispatch.responders")).containsEntry("cleanup.policy", "compact")
                .doesNotContainKey("retention.ms");
    }

    @Test
    void streamsWriteToAllCopiesKeepAStandbyAndTellTheOthersWhereThisInstanceAnswers() {
        Properties config = LineStreams.config(new KafkaProperties(), streams,
                KafkaTopicProperties.withDefaultRetention(3, (short) 3, null));

        assertThat(config).containsEntry("replication.factor", "3")
                .containsEntry("topic.min.insync.replicas", "2")
                .containsEntry("producer.acks", "all")
                .containsEntry("producer.enable.idempotence", "true")
                .containsEntry("processing.guarantee", "exactly_once_v2")
                .containsEntry("num.standby.replicas", "1")
                .containsEntry("application.server", "10.0.0.7:8081")
                .containsEntry("consumer.session.timeout.ms", "3000")
                .containsEntry("consumer.heartbeat.interval.ms", "1000")
                .containsEntry("producer.transaction.timeout.ms", "3000");
    }
}
