package org.interpreterline.platform.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.awaitility.Awaitility;
import org.interpreterline.events.Topics;
import org.interpreterline.platform.kafka.KafkaTopicProperties;
import org.interpreterline.testkit.TestBroker;
import org.junit.jupiter.api.Test;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

/**
 * A record a processor throws on, on a real broker with exactly-once: it is set aside on the event topic's
 * dead-letter topic with the error and the processor's name, counted, and the next record is handled.
 */
class ProcessingFailureTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String key = "processing-failure-" + run;
    private final String out = "processing-failure-out-" + run;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void aRecordAProcessorCannotHandleIsSetAsideWithTheError_andTheNextIsHandled() throws Exception {
        createTopics();
        Topology topology = new Topology();
        topology.addSource("events", Serdes.String().deserializer(), Serdes.String().deserializer(),
                Topics.DISPATCH_EVENTS.name());
        topology.addProcessor("refuser", () -> new Refuser(key), "events");
        topology.addSink("handled", out, Serdes.String().serializer(), Serdes.String().serializer(), "refuser");
        KafkaProperties kafka = new KafkaProperties();
        kafka.setBootstrapServers(List.of(TestBroker.shared().bootstrapServers()));
        StreamsProperties settings = new StreamsProperties("processing-failure-" + run,
                Files.createTempDirectory("processing-failure").toString(), Duration.ofMillis(20), 0,
                "http://127.0.0.1:1", Duration.ofSeconds(6), Duration.ofSeconds(2), Duration.ofSeconds(10));
        LineStreams streams = new LineStreams(topology, LineStreams.config(kafka, settings,
                KafkaTopicProperties.withDefaultRetention(1, (short) 1, null)));
        streams.bindTo(meters);
        streams.start();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(Topics.DISPATCH_EVENTS.name(), key, "boom " + run)).get();
            producer.send(new ProducerRecord<>(Topics.DISPATCH_EVENTS.name(), key, "fine " + run)).get();

            assertThat(read(out, r -> true)).extracting(r -> text(r.value())).containsExactly("fine " + run);
            ConsumerRecord<byte[], byte[]> parked = read(Topics.DISPATCH_EVENTS.deadLetterName(),
                    r -> r.value() != null && text(r.value()).equals("boom " + run)).getFirst();
            assertThat(text(parked.key())).isEqualTo(key);
            assertThat(header(parked, DeadLetterOnFailure.ERROR_STEP)).isEqualTo("refuser");
            assertThat(header(parked, DeadLetterOnUnreadable.ERROR_CLASS)).isEqualTo(
                    IllegalStateException.class.getName());
            assertThat(header(parked, DeadLetterOnUnreadable.ERROR_MESSAGE)).isEqualTo("refused: boom " + run);
            assertThat(header(parked, DeadLetterOnUnreadable.SOURCE_TOPIC)).isEqualTo(Topics.DISPATCH_EVENTS.name());
            assertThat(header(parked, DeadLetterOnUnreadable.CONSUMER)).isEqualTo("processing-failure-" + run);
            assertThat(meters.get("line_dead_letters").tag("topic", Topics.DISPATCH_EVENTS.deadLetterName())
                    .counter().count()).isGreaterThanOrEqualTo(1);
        } finally {
            streams.stop();
        }
    }

    /** Forwards this test's records, and throws on one that says "boom", as a processor with a bug would. */
    private static final class Refuser implements Processor<String, String, String, String> {

        private final String key;
        private ProcessorContext<String, String> context;

        Refuser(String key) {
            this.key = key;
        }

        @Override
        public void init(ProcessorContext<String, String> context) {
            this.context = context;
        }

        @Override
        public void process(Record<String, String> record) {
            if (!key.equals(record.key())) {
                return; // other tests' events on the shared broker
            }
            if (record.value().startsWith("boom")) {
                throw new IllegalStateException("refused: " + record.value());
            }
            context.forward(record);
        }
    }

    private void createTopics() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestBroker.shared().bootstrapServers()))) {
            for (String topic : List.of(Topics.DISPATCH_EVENTS.name(), Topics.DISPATCH_EVENTS.deadLetterName(), out)) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestBroker.shared().bootstrapServers()), new StringSerializer(), new StringSerializer());
    }

    /** This test's records of a topic, read committed, once at least one matches. */
    private List<ConsumerRecord<byte[], byte[]>> read(String topic,
            java.util.function.Predicate<ConsumerRecord<byte[], byte[]>> wanted) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestBroker.shared().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
            Awaitility.await(topic + " has this test's record").atMost(PATIENCE).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (r.key() != null && text(r.key()).equals(key) && wanted.test(r)) {
                        found.add(r);
                    }
                });
                return !found.isEmpty();
            });
            return found;
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : text(header.value());
    }
}
