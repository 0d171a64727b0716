package org.interpreterline.local.broker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

/**
 * Several real broker JVMs making one KRaft cluster: combined broker+controller nodes sharing a cluster id (kept in
 * the cluster's folder, so a restart finds the same cluster), a controller quorum of all of them, each node
 * listening two ports above the previous one. Any node can be killed (SIGKILL) and started again; with three, the
 * cluster and the line's writes carry on while one is away.
 */
public final class BrokerCluster implements AutoCloseable {

    private final List<LocalBroker> nodes;

    /**
     * @param dir       the cluster's folder: {@code cluster-id} and one {@code broker-N} folder per node
     * @param firstPort node 1's client port (its controller port is one above; node 2 starts two above, ...)
     * @param logs      gets {@code kafka-N.log}
     * @param classpath where Kafka's server and {@link StandaloneBroker} are
     */
    public BrokerCluster(int size, Path dir, int firstPort, Path logs, List<String> jvmOptions, String classpath)
            throws IOException {
        String clusterId = clusterId(dir);
        List<LocalBroker> all = new ArrayList<>();
        for (int node = 1; node <= size; node++) {
            all.add(new LocalBroker(BrokerSettings.ofCluster(dir, node, size, firstPort), clusterId, "kafka-" + node,
                    logs.resolve("kafka-" + node + ".log"), jvmOptions, classpath));
        }
        this.nodes = List.copyOf(all);
    }

    private static String clusterId(Path dir) throws IOException {
        Path file = dir.resolve("cluster-id");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        Files.createDirectories(dir);
        String id = Uuid.randomUuid().toString();
        Files.writeString(file, id, StandardCharsets.UTF_8);
        return id;
    }

    public List<LocalBroker> nodes() {
        return nodes;
    }

    /** Node {@code number}, 1-based as the node ids. */
    public LocalBroker node(int number) {
        return nodes.get(number - 1);
    }

    public String bootstrapServers() {
        return nodes.stream().map(n -> n.settings().bootstrapServers()).collect(Collectors.joining(","));
    }

    public BrokerCluster start() throws IOException {
        for (LocalBroker node : nodes) {
            node.jvm().start();
        }
        return this;
    }

    /** Waits until every node that is running is registered with the cluster; fails at once if one exits. */
    public void awaitReady(Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "2000"))) {
            while (Instant.now().isBefore(deadline)) {
                List<LocalBroker> running = nodes.stream().filter(n -> n.jvm().alive()).toList();
                if (running.size() < nodes.stream().filter(n -> n.jvm().exitValue().isEmpty()).count()) {
                    break; // a node exited on its own
                }
                try {
                    int registered = admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000)).nodes()
                            .get(3, TimeUnit.SECONDS).size();
                    if (registered >= running.size()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    // not up yet
                }
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the Kafka cluster did not start; see " + nodes.stream()
                .map(n -> n.jvm().log().toAbsolutePath() + n.jvm().exitValue().map(c -> " (exited " + c + ")").orElse(""))
                .collect(Collectors.joining(", ")));
    }

    /** SIGKILL to one node: no controlled shutdown, no flush. */
    public void kill(int number) throws InterruptedException {
        node(number).jvm().kill();
    }

    /** Starts a node again (after a kill or a stop) from its data. */
    public void restart(int number) throws IOException {
        node(number).jvm().start();
    }

    /** Asks every node to stop at once, then waits: one at a time, the last ones would lose their quorum. */
    @Override
    public void close() throws InterruptedException {
        nodes.forEach(n -> n.jvm().requestStop());
        for (LocalBroker node : nodes) {
            node.jvm().stop(Duration.ofSeconds(30));
        }
    }
}
