package org.interpreterline.local.broker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One KRaft node that is both broker and controller, on loopback only. Alone it is everything a single-machine
 * line needs, with replication factors of 1 since there is nothing to replicate to. One of a cluster (three nodes:
 * a controller quorum of three), everything is kept on three of them and a write needs two, so any one node can die
 * without losing or refusing a write; and the timings let the cluster and the line's consumer groups notice a dead
 * member within seconds rather than Kafka's production defaults of up to 45 s.
 *
 * @param dataDir        where the node keeps its log segments and metadata
 * @param nodeId         1 for a single node; 1..n in a cluster
 * @param port           the clients' listener
 * @param controllerPort the KRaft controller's listener
 * @param voters         the controller quorum, {@code id@host:port,...}
 * @param clusterSize    how many nodes the cluster has
 */
public record BrokerSettings(Path dataDir, int nodeId, int port, int controllerPort, String voters, int clusterSize) {

    /** The single node of a local line. */
    public BrokerSettings(Path dataDir, int port, int controllerPort) {
        this(dataDir, 1, port, controllerPort, "1@127.0.0.1:" + controllerPort, 1);
    }

    /** Node {@code nodeId} (1..size) of a cluster whose node i listens on {@code firstPort + 2(i-1)}, its controller one above. */
    public static BrokerSettings ofCluster(Path clusterDir, int nodeId, int size, int firstPort) {
        String voters = IntStream.rangeClosed(1, size).mapToObj(i -> i + "@127.0.0.1:" + (firstPort + 2 * (i - 1) + 1))
                .collect(Collectors.joining(","));
        int port = firstPort + 2 * (nodeId - 1);
        return new BrokerSettings(clusterDir.resolve("broker-" + nodeId), nodeId, port, port + 1, voters, size);
    }

    /** Copies of every partition: three where there are three nodes. */
    public int replicationFactor() {
        return Math.min(3, clusterSize);
    }

    /** Copies a write must reach: all but one, so one node can be away. */
    public int minInsyncReplicas() {
        return Math.max(1, replicationFactor() - 1);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public Path logDir() {
        return dataDir.resolve("log");
    }

    public String serverProperties() {
        String rf = Integer.toString(replicationFactor());
        String minIsr = Integer.toString(minInsyncReplicas());
        List<String> lines = new ArrayList<>(List.of(
                "process.roles=broker,controller",
                "node.id=" + nodeId,
                "controller.quorum.voters=" + voters,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + logDir().toAbsolutePath(),
                "num.partitions=3",
                "default.replication.factor=" + rf,
                "min.insync.replicas=" + minIsr,
                // a replica that was not in sync never becomes leader: that would lose acknowledged writes
                "unclean.leader.election.enable=false",
                "offsets.topic.replication.factor=" + rf,
                // Kafka's internal topics default to 50 partitions each, sized for a cluster; every partition costs
                // the broker heap and start-up time, and a single line's handful of groups needs few
                "offsets.topic.num.partitions=5",
                "transaction.state.log.num.partitions=5",
                "share.coordinator.state.topic.num.partitions=1",
                // the compaction dedupe buffer is 128 MB by default, allocated up front: most of a small broker's heap
                "log.cleaner.dedupe.buffer.size=16777216",
                "transaction.state.log.replication.factor=" + rf,
                "transaction.state.log.min.isr=" + minIsr,
                "share.coordinator.state.topic.replication.factor=" + rf,
                "share.coordinator.state.topic.min.isr=" + minIsr,
                // the services' consumer groups join at once instead of waiting for more members
                "group.initial.rebalance.delay.ms=0",
                // a dead service instance is given up on after the session timeout its group asked for: let the
                // services ask for seconds (their default is 3 s), for each group protocol
                "group.min.session.timeout.ms=1000",
                "group.consumer.min.session.timeout.ms=1000",
                "group.consumer.session.timeout.ms=3000",
                "group.consumer.min.heartbeat.interval.ms=500",
                "group.consumer.heartbeat.interval.ms=1000",
                "group.streams.min.session.timeout.ms=1000",
                "group.streams.session.timeout.ms=3000",
                "group.streams.min.heartbeat.interval.ms=500",
                "group.streams.heartbeat.interval.ms=1000",
                "group.streams.num.standby.replicas=1",
                // a dead instance's open transaction blocks its partitions until it is aborted: look for timed-out
                // transactions twice a second, not every 10 s
                "transaction.abort.timed.out.transaction.cleanup.interval.ms=500",
                // a dead node is fenced (its partitions led elsewhere, it leaves the in-sync sets) after 6 s, not 9 s;
                // shorter fences live brokers of a busy machine (a 2-core laptop starting the line)
                "broker.session.timeout.ms=6000",
                "broker.heartbeat.interval.ms=1000",
                "replica.lag.time.max.ms=10000",
                // a local line keeps its request history: nothing expires
                "log.retention.ms=-1",
                ""));
        return String.join("\n", lines);
    }
}
