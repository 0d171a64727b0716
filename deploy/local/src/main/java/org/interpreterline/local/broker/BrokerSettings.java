package org.interpreterline.local.broker;

import java.nio.file.Path;

/**
 * One KRaft node that is both broker and controller, on loopback only: everything a single-machine line needs,
 * with replication factors of 1 since there is nothing to replicate to.
 *
 * @param dataDir        where the node keeps its log segments and metadata
 * @param port           the clients' listener
 * @param controllerPort the KRaft controller's listener
 */
public record BrokerSettings(Path dataDir, int port, int controllerPort) {

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public Path logDir() {
        return dataDir.resolve("log");
    }

    public String serverProperties() {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + logDir().toAbsolutePath(),
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                // Kafka's internal topics default to 50 partitions each, sized for a cluster; every partition costs
                // the broker heap and start-up time, and a single line's handful of groups needs few
                "offsets.topic.num.partitions=5",
                "transaction.state.log.num.partitions=5",
                "share.coordinator.state.topic.num.partitions=1",
                // the compaction dedupe buffer is 128 MB by default, allocated up front: most of a small broker's heap
                "log.cleaner.dedupe.buffer.size=16777216",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                // the services' consumer groups join at once instead of waiting for more members
                "group.initial.rebalance.delay.ms=0",
                // a local line keeps its request history: nothing expires
                "log.retention.ms=-1",
                "");
    }
}
