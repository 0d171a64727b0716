package org.interpreterline.line;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.interpreterline.events.LineEvent;
import org.interpreterline.events.Topic;
import org.interpreterline.events.Topics;

/**
 * Everything the services published, read from the broker as any other consumer would (read_committed):
 * what the tests check the line against, rather than the services' own opinion of themselves.
 */
final class EventLog implements AutoCloseable {

    record Entry(String topic, long offset, LineEvent event) {
    }

    private static final List<Topic<String, ? extends LineEvent>> EVENT_TOPICS = List.of(
            Topics.DISPATCH_EVENTS, Topics.ROSTER_EVENTS, Topics.NOTIFICATION_EVENTS, Topics.ROSTER_COMMANDS);

    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    /** Records no event serde can read (tests write some on purpose): "topic-partition@offset". */
    private final List<String> unreadable = new CopyOnWriteArrayList<>();
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread reader;
    private volatile boolean running = true;

    EventLog(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "event-log-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(EVENT_TOPICS.stream().map(Topic::name).toList());
        reader = Thread.ofPlatform().name("event-log").daemon().start(this::read);
    }

    private void read() {
        Map<String, Topic<String, ? extends LineEvent>> byName = new java.util.HashMap<>();
        EVENT_TOPICS.forEach(t -> byName.put(t.name(), t));
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    try {
                        LineEvent event = byName.get(r.topic()).valueSerde().deserializer()
                                .deserialize(r.topic(), r.value());
                        entries.add(new Entry(r.topic(), r.offset(), event));
                    } catch (SerializationException e) {
                        unreadable.add(r.topic() + "-" + r.partition() + "@" + r.offset());
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    <T extends LineEvent> List<T> all(Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Entry e : entries) {
            if (type.isInstance(e.event())) {
                found.add(type.cast(e.event()));
            }
        }
        return found;
    }

    <T extends LineEvent> List<T> all(Class<T> type, Predicate<T> matching) {
        return all(type).stream().filter(matching).toList();
    }

    /** Waits for the first event of this type that matches, and returns it. */
    <T extends LineEvent> T await(Class<T> type, Predicate<T> matching, Duration timeout) {
        return Awaitility.await(type.getSimpleName() + " matching the test's condition")
                .atMost(timeout).pollInterval(Duration.ofMillis(20))
                .until(() -> all(type, matching).stream().findFirst().orElse(null), java.util.Objects::nonNull);
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    List<String> unreadable() {
        return List.copyOf(unreadable);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        reader.join(5000);
    }
}
