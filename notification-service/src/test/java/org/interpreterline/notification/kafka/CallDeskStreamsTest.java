package org.interpreterline.notification.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.interpreterline.platform.kafka.KafkaTopicProperties;
import org.interpreterline.platform.streams.StreamsProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

class CallDeskStreamsTest {

    private final StreamsProperties streams = new StreamsProperties("notification-service", "/tmp/desk",
            Duration.ofMillis(20));
    private final KafkaTopicProperties topics = new KafkaTopicProperties(3, (short) 1);

    @Test
    void exactlyOnceWithSpringsStreamsPropertiesAndASessionShortEnoughToTakeOverARingingOffer() {
        KafkaProperties kafka = new KafkaProperties();
        kafka.getStreams().getProperties().put("num.standby.replicas", "1");

        Properties config = CallDeskStreams.config(kafka, streams, topics);

        assertThat(config).containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
                .containsEntry(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, "1")
                .containsEntry("consumer.session.timeout.ms", "10000")
                .containsEntry("consumer.heartbeat.interval.ms", "2000");
    }

    @Test
    void aSessionTimeoutSetThroughSpringWins() {
        KafkaProperties kafka = new KafkaProperties();
        kafka.getStreams().getProperties().put("session.timeout.ms", "30000");

        Properties config = CallDeskStreams.config(kafka, streams, topics);

        assertThat(config).containsEntry("session.timeout.ms", "30000").doesNotContainKey("consumer.session.timeout.ms");
    }
}
