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
}
