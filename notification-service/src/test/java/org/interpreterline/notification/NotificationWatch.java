package org.interpreterline.notification;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.interpreterline.events.Topics;
import org.interpreterline.events.notification.NotificationEvent;

/** Reads notification.events in the background, as the roster and dispatch-service would, for assertions. */
public final class NotificationWatch implements AutoCloseable {

    private final List<NotificationEvent> seen = new CopyOnWriteArrayList<>();
    private final KafkaConsumer<String, NotificationEvent> consumer;
    private final Thread reader;
    private volatile boolean running = true;

    public NotificationWatch(String bootstrapServers, String rosterId) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "watch-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), Topics.NOTIFICATION_EVENTS.valueSerde().deserializer());
        consumer.subscribe(List.of(Topics.NOTIFICATION_EVENTS.name()));
        reader = Thread.ofVirtual().name("notification-watch").start(() -> {
            try {
                while (running) {
                    for (ConsumerRecord<String, NotificationEvent> record : consumer.poll(Duration.ofMillis(100))) {
                        if (record.value() != null && rosterId.equals(record.value().rosterId())) {
                            seen.add(record.value());
                        }
                    }
                }
            } catch (WakeupException e) {
                // closing
            } finally {
                consumer.close();
            }
        });
    }

    public <T extends NotificationEvent> List<T> all(Class<T> type, Predicate<T> matching) {
        return seen.stream().filter(type::isInstance).map(type::cast).filter(matching).toList();
    }

    /** Waits for the first event of that type that matches. */
    public <T extends NotificationEvent> T await(Class<T> type, Predicate<T> matching) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> all(type, matching), list -> !list.isEmpty()).getFirst();
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
    }
}
