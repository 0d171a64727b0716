package org.interpreterline.platform.streams;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.LagInfo;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreType;
import org.interpreterline.events.Topic;
import org.interpreterline.events.Topics;
import org.interpreterline.platform.kafka.DeadLetters;
import org.interpreterline.platform.kafka.KafkaTopicProperties;
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
    private static final Executor LAG_READER = Executors
            .newSingleThreadExecutor(Thread.ofPlatform().daemon().name("streams-lag").factory());

    private final Topology topology;
    private final Properties config;
    /** A store of the tasks that hold a roster's state: where Kafka Streams' metadata says who owns which key. */
    private final String keyedStore;
    private volatile KafkaStreams streams;
    private volatile boolean restored;
    private CompletableFuture<Long> lagReading;
    private volatile long rebalancingSince;
    private MeterRegistry registry;
    private KafkaStreamsMetrics streamsMetrics;

    public LineStreams(Topology topology, Properties config) {
        this.topology = topology;
        this.config = config;
        this.keyedStore = topology.describe().subtopologies().stream()
                .flatMap(sub -> sub.nodes().stream())
                .filter(node -> node instanceof TopologyDescription.Processor)
                .flatMap(node -> ((TopologyDescription.Processor) node).stores().stream())
                .sorted()
                .findFirst().orElse(null);
    }

    /**
     * Exactly-once settings tuned for latency (a phone call waits on this pipeline's output) and for a quick
     * takeover when an instance dies, on top of Spring's Kafka settings (bootstrap servers, security).
     */
    public static Properties config(KafkaProperties kafka, StreamsProperties props, KafkaTopicProperties topics) {
        Properties p = new Properties();
        p.putAll(kafka.buildStreamsProperties());
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", kafka.getBootstrapServers()));
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, props.applicationId());
        p.put(StreamsConfig.STATE_DIR_CONFIG, props.stateDir());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, Long.toString(props.commitInterval().toMillis()));
        // changelogs and other internal topics are kept like the line's own topics
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, Short.toString(topics.replicationFactor()));
        p.put(StreamsConfig.topicPrefix(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG), Integer.toString(topics.minInsync()));
        p.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, "0"); // forward every update at once
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterOnUnreadable.class);
        // a bug met by one event must not stop the pipeline for everyone, nor vanish: set the event aside and go on
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterOnFailure.class);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), "0");
        // exactly-once implies these; said out loud because every write of the line must survive a broker's loss
        p.put(StreamsConfig.producerPrefix(ProducerConfig.ACKS_CONFIG), "all");
        p.put(StreamsConfig.producerPrefix(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG), "true");
        // Kafka's default: a fetch is answered as soon as there is data, so a shorter wait adds no speed, only empty
        // round trips; at 10 ms every idle main, restore and global consumer of every instance asked every 10 ms
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG), "500");
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // several instances: warm copies of the state, and where each instance answers forwarded requests
        // (an explicit spring.kafka.streams.properties.num.standby.replicas is kept: it was there first)
        p.putIfAbsent(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, Integer.toString(props.standbyReplicas()));
        p.put(StreamsConfig.APPLICATION_SERVER_CONFIG, props.hostInfo().host() + ":" + props.hostInfo().port());
        // a dead instance is noticed after the session timeout; its open transaction (which holds the offsets the
        // next owner starts from) is aborted after the transaction timeout plus the broker's abort check
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG),
                Long.toString(props.sessionTimeout().toMillis()));
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG),
                Long.toString(props.heartbeatInterval().toMillis()));
        p.put(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG),
                Long.toString(props.transactionTimeout().toMillis()));
        // a transaction's first write is refused (CONCURRENT_TRANSACTIONS) until the brokers have written the
        // previous transaction's markers, usually milliseconds later; with the producer's default backoff (100 ms
        // doubling to 1 s) each refusal can hold a hop of a call that long (the chaos run counted 327 refusals in two
        // minutes on a busy machine)
        p.put(StreamsConfig.producerPrefix(ProducerConfig.RETRY_BACKOFF_MS_CONFIG), "10");
        p.put(StreamsConfig.producerPrefix(ProducerConfig.RETRY_BACKOFF_MAX_MS_CONFIG), "200");
        p.putAll(adminWithinTheSession(props.sessionTimeout()));
        return p;
    }

    /**
     * The group's leader asks the brokers for the changelogs' end offsets while it computes an assignment, holding
     * up its heartbeats; with Kafka's admin defaults (30 s a request, 60 s a call) a request to a broker that had just
     * died held the roster's leader 29 s, the group dropped it for silence, and the line decided nothing for 18-71 s
     * (the chaos run). Bounded below the session timeout, the call fails in time, Streams assigns from what it knows
     * and rebalances again once the brokers have moved the leadership.
     */
    static Map<String, String> adminWithinTheSession(Duration sessionTimeout) {
        long call = Math.max(1000, sessionTimeout.toMillis() - 1000);
        return Map.of(
                StreamsConfig.adminClientPrefix(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG), Long.toString(call),
                StreamsConfig.adminClientPrefix(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG), Long.toString(call));
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
        SessionTimeoutFloor.apply(config);
        KafkaStreams created = new KafkaStreams(topology, config);
        created.setUncaughtExceptionHandler(e -> {
            log.error("Streams thread died; replacing it", e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        created.setStateListener((now, before) -> {
            log.info("Streams {} -> {}", before, now);
            if (now == KafkaStreams.State.RUNNING) {
                restored = true;
            }
            rebalancingSince = now == KafkaStreams.State.REBALANCING ? System.nanoTime() : 0;
        });
        created.start();
        streams = created;
        if (registry != null) {
            bindStreamsMetrics(created);
        }
    }

    /**
     * Leaves the group on the way out: the instance holding a standby takes the tasks over at once instead of
     * waiting a session timeout for this one to come back.
     */
    @Override
    public synchronized void stop() {
        if (streamsMetrics != null) {
            streamsMetrics.close();
            streamsMetrics = null;
        }
        if (streams != null) {
            streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                    .withTimeout(Duration.ofSeconds(10)));
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

    /**
     * Whether this instance can serve: its state was restored once (it has been RUNNING), and it is RUNNING, or
     * rebalancing for less than {@code patience} (a rebalance is routine; one that never ends is not).
     */
    public boolean serving(Duration patience) {
        return switch (state()) {
            case RUNNING -> true;
            case REBALANCING -> restored && System.nanoTime() - rebalancingSince < patience.toNanos();
            default -> false;
        };
    }

    /**
     * Tasks this instance runs (active) and keeps warm copies of (standby), and how many changelog records its local
     * stores are behind, the most of any: a standby that could take over at once is no more than the offsets of a
     * transaction marker or two behind (exactly-once commits take an offset each).
     */
    public TaskCounts tasks() {
        KafkaStreams s = streams;
        if (s == null || (state() != KafkaStreams.State.RUNNING && state() != KafkaStreams.State.REBALANCING)) {
            return new TaskCounts(0, 0, -1);
        }
        try {
            int active = 0;
            int standby = 0;
            for (var thread : s.metadataForLocalThreads()) {
                active += thread.activeTasks().size();
                standby += thread.standbyTasks().size();
            }
            return new TaskCounts(active, standby, storeLag(s));
        } catch (RuntimeException e) {
            return new TaskCounts(0, 0, -1); // changing state under us: ask again
        }
    }

    /**
     * Reading the lags asks the brokers for end offsets, which can block for a minute while they are away: a health
     * check waits one second for it at most, and never starts a second reading while one is still under way.
     */
    private long storeLag(KafkaStreams s) {
        CompletableFuture<Long> reading;
        synchronized (this) {
            if (lagReading == null || lagReading.isDone()) {
                lagReading = CompletableFuture.supplyAsync(() -> s.allLocalStorePartitionLags()
                        .values().stream().flatMap(m -> m.values().stream())
                        .mapToLong(LagInfo::offsetLag).max().orElse(0), LAG_READER);
            }
            reading = lagReading;
        }
        try {
            return reading.get(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (ExecutionException | TimeoutException e) {
            return -1;
        }
    }

    /** @param storeLag changelog records the furthest-behind local store lacks; -1 when unknown */
    public record TaskCounts(int active, int standby, long storeLag) {
    }

    /** How other instances reach this one ({@code application.server}). */
    public HostInfo self() {
        return HostInfo.buildFromEndpoint(config.getProperty(StreamsConfig.APPLICATION_SERVER_CONFIG, "localhost:0"));
    }

    /**
     * The instance whose active task holds the partition of {@code key} (a roster id: every input topic is keyed by
     * it); empty while nobody is known to (before the first assignment, while stopped), or when the topology keeps no
     * state. It may name an instance that just died: until the group notices, Kafka Streams knows no better.
     */
    public Optional<HostInfo> activeHostFor(String key) {
        KafkaStreams s = streams;
        if (s == null || keyedStore == null) {
            return Optional.empty();
        }
        try {
            KeyQueryMetadata found = s.queryMetadataForKey(keyedStore, key, Serdes.String().serializer());
            if (found == null || KeyQueryMetadata.NOT_AVAILABLE.equals(found) || found.activeHost() == null
                    || HostInfo.unavailable().equals(found.activeHost())) {
                return Optional.empty();
            }
            return Optional.of(found.activeHost());
        } catch (RuntimeException e) {
            return Optional.empty(); // not started, or shutting down
        }
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
