package org.interpreterline.notification.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.interpreterline.events.Topics;
import org.interpreterline.events.dispatch.ResidentAddRequested;
import org.interpreterline.events.dispatch.ResidentKey;
import org.interpreterline.notification.residents.ResidentNumbers;
import org.interpreterline.platform.sealing.NumberSeal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

/**
 * The keys of added residents' numbers as this instance reads them from {@code dispatch.resident-keys}: every
 * partition from the start, no consumer group (each instance reads them all, as any instance may dial), and a key
 * forgotten as soon as its tombstone is read. Only live keys are held, and only in memory.
 */
public class KafkaResidentKeys implements ResidentNumbers, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaResidentKeys.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaConsumer<String, byte[]> consumer;
    private final NumberSeal seal;
    private final Map<String, ResidentKey> keys = new ConcurrentHashMap<>();
    private final Thread reader;
    private volatile boolean running = true;

    public KafkaResidentKeys(KafkaProperties kafka, NumberSeal seal) {
        this.seal = seal;
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "notification-resident-keys");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        this.reader = Thread.ofPlatform().daemon().name("resident-keys").start(this::read);
    }

    @Override
    public Optional<String> open(ResidentAddRequested add, Duration wait) {
        Instant until = Instant.now().plus(wait);
        ResidentKey key = keys.get(add.keyId());
        synchronized (keys) {
            while (key == null && running && Instant.now().isBefore(until)) {
                try {
                    keys.wait(Math.max(1, Duration.between(Instant.now(), until).toMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
                key = keys.get(add.keyId());
            }
        }
        return seal.open(key, add.sealedNumber());
    }

    private void read() {
        try {
            List<TopicPartition> partitions = List.of();
            while (running && partitions.isEmpty()) {
                partitions = consumer.partitionsFor(Topics.DISPATCH_RESIDENT_KEYS.name(), Duration.ofSeconds(5))
                        .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    apply(record);
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            log.error("Stopped reading the residents' keys: added residents cannot be called", e);
        } finally {
            consumer.close();
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            if (keys.remove(record.key()) != null) {
                log.debug("Resident key {} destroyed", record.key());
            }
            return;
        }
        try {
            ResidentKey key = Topics.DISPATCH_RESIDENT_KEYS.valueSerde().deserializer()
                    .deserialize(record.topic(), record.value());
            synchronized (keys) {
                keys.put(record.key(), key);
                keys.notifyAll();
            }
        } catch (RuntimeException e) {
            log.warn("An unreadable resident key at {}-{} skipped: {}", record.partition(), record.offset(),
                    e.getMessage());
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        synchronized (keys) {
            keys.notifyAll();
        }
    }
}
