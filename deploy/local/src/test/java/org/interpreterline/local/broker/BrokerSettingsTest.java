package org.interpreterline.local.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BrokerSettingsTest {

    @Test
    void oneCombinedKraftNodeOnLoopbackWhoseInternalTopicsNeedNoReplicas() throws Exception {
        BrokerSettings settings = new BrokerSettings(Path.of("/data/kafka"), 9192, 9193);
        Properties properties = new Properties();
        properties.load(new StringReader(settings.serverProperties()));

        assertThat(properties).containsEntry("process.roles", "broker,controller")
                .containsEntry("node.id", "1")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:9193")
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:9192,CONTROLLER://127.0.0.1:9193")
                .containsEntry("log.dirs", "/data/kafka/log")
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1");
        assertThat(settings.bootstrapServers()).isEqualTo("127.0.0.1:9192");
    }

    @Test
    void aNodeOfThreeKeepsThreeCopiesTakesWritesOnTwoAndNoticesTheDeadWithinSeconds() throws Exception {
        BrokerSettings settings = BrokerSettings.ofCluster(Path.of("/data/cluster"), 2, 3, 9092);
        Properties properties = new Properties();
        properties.load(new StringReader(settings.serverProperties()));

        assertThat(properties).containsEntry("node.id", "2")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:9093,2@127.0.0.1:9095,3@127.0.0.1:9097")
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:9094,CONTROLLER://127.0.0.1:9095")
                .containsEntry("log.dirs", "/data/cluster/broker-2/log")
                .containsEntry("default.replication.factor", "3")
                .containsEntry("min.insync.replicas", "2")
                .containsEntry("offsets.topic.replication.factor", "3")
                .containsEntry("transaction.state.log.replication.factor", "3")
                .containsEntry("transaction.state.log.min.isr", "2")
                .containsEntry("unclean.leader.election.enable", "false")
                .containsEntry("group.min.session.timeout.ms", "1000")
                .containsEntry("transaction.abort.timed.out.transaction.cleanup.interval.ms", "500")
                .containsEntry("broker.session.timeout.ms", "6000");
        assertThat(settings.bootstrapServers()).isEqualTo("127.0.0.1:9094");
    }
}
