package org.interpreterline.platform.streams;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.state.QueryableStoreType;
import org.interpreterline.events.Topic;
import org.interpreterline.events.Topics;
import org.interpreterline.platform.kafka.DeadLetters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;

/**
 * Runs one service's topology with exactly-once processing, started and stopped with the application, and
 * reports its state as health (UP while RUNNING). Once the application's meter registry binds it, its Kafka
 * Streams metrics (threads, tasks, the embedded clients' lag) appear on /actuator/prometheus and the records it
 * copies to dead-letter topics are counted.
 */
public class LineStreams implements SmartLifecycle, HealthIndicator, MeterBinder {

    /** New tasks and partitions bring new Kafka metrics: look for them this often, not once a minute. */
    private static final Duration METRICS_REFRESH = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(LineStreams.class);

    private final Topology topology;
    private final Properties config;
    private volatile KafkaStreams streams;
    private MeterRegistry registry;
    private KafkaStreamsMetrics streamsMetrics;

    public LineStreams(Topology topology, Properties config) {
        this.topology = topology;
        this.config = config;
    }

    /**
     * Exactly-once settings tuned for latency (a phone call waits on this pipeline's output), on top of Spring's
     * Kafka settings (bootstrap servers, security).
     */
    public static Properties config(KafkaProperties kafka, StreamsProperties props, short replicationFactor) {
        Properties p = new Properties();
        p.putAll(kafka.buildStreamsProperties());
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", kafka.getBootstrapServers()));
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, props.applicationId());
        p.put(StreamsConfig.STATE_DIR_CONFIG, props.stateDir());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, Long.toString(props.commitInterval().toMillis()));
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, Short.toString(replicationFactor));
        p.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, "0"); // forward every update at once
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterOnUnreadable.class);
        // a bug met by one event must not stop the pipeline for everyone: log it and go on
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueProcessingExceptionHandler.class);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), "0");
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG), "10");
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        return p;
    }

    /** Spring Boot binds every MeterBinder before the application starts, so this comes before {@link #start}. */
    @Override
    public synchronized void bindTo(MeterRegistry meterRegistry) {
        registry = meterRegistry;
        String service = config.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        DeadLetters deadLetters = new DeadLetters(meterRegistry, service);
        deadLetterTopics().forEach(deadLetters::expect);
        config.put(DeadLetters.CONFIG_KEY, deadLetters);
        if (streams != null) {
            bindStreamsMetrics(streams);
        }
    }

    /** The dead-letter topics this topology may write to: those of the event topics it reads. */
    private List<String> deadLetterTopics() {
        return topology.describe().subtopologies().stream()
                .flatMap(s -> s.nodes().stream())
                .filter(n -> n instanceof TopologyDescription.Source)
                .flatMap(n -> ((TopologyDescription.Source) n).topicSet().stream())
                .distinct()
                .flatMap(name -> Topics.all().stream().filter(t -> t.name().equals(name) && !t.compacted()))
                .map(Topic::deadLetterName)
                .sorted()
                .toList();
    }

    private void bindStreamsMetrics(KafkaStreams running) {
        streamsMetrics = new KafkaStreamsMetrics(running, List.of(), Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("streams-metrics").factory()), METRICS_REFRESH);
        streamsMetrics.bindTo(registry);
    }

    @Override
    public synchronized void start() {
        KafkaStreams created = new KafkaStreams(topology, config);
        created.setUncaughtExceptionHandler(e -> {
            log.error("Streams thread died; replacing it", e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        created.setStateListener((now, before) -> log.info("Streams {} -> {}", before, now));
        created.start();
        streams = created;
        if (registry != null) {
            bindStreamsMetrics(created);
        }
    }

    @Override
    public synchronized void stop() {
        if (streamsMetrics != null) {
            streamsMetrics.close();
            streamsMetrics = null;
        }
        if (streams != null) {
            streams.close(Duration.ofSeconds(10));
            streams = null;
        }
    }

    @Override
    public boolean isRunning() {
        return streams != null;
    }

    public KafkaStreams.State state() {
        KafkaStreams s = streams;
        return s == null ? KafkaStreams.State.NOT_RUNNING : s.state();
    }

    /**
     * A read-only view of one of the topology's stores on this instance. Waits up to five seconds while a
     * rebalance or a restore is under way, so an admin request sent at start-up is answered, not refused.
     */
    public <T> T store(String name, QueryableStoreType<T> type) {
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (state() != KafkaStreams.State.RUNNING && System.nanoTime() < until) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        KafkaStreams s = streams;
        if (s == null) {
            throw new IllegalStateException("Streams are not running");
        }
        return s.store(StoreQueryParameters.fromNameAndType(name, type));
    }

    /** UP only while RUNNING: before that the stores cannot be queried and nothing is being processed. */
    @Override
    public Health health() {
        KafkaStreams.State state = state();
        Health.Builder builder = switch (state) {
            case RUNNING -> Health.up();
            case REBALANCING -> Health.outOfService();
            case CREATED, PENDING_SHUTDOWN, NOT_RUNNING, PENDING_ERROR, ERROR -> Health.down();
        };
        return builder.withDetail("state", state.name()).build();
    }
}
