package org.interpreterline.dispatch.responders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.interpreterline.events.Topics;
import org.interpreterline.events.dispatch.PutResponder;
import org.interpreterline.events.dispatch.RemoveResponder;
import org.interpreterline.events.dispatch.Responder;
import org.interpreterline.events.dispatch.ResponderCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/** The one writer of the responders table: in order, and one phone, one responder. */
class ResponderBookTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final String PHONE = "+14125550101";

    private TopologyTestDriver driver;
    private TestInputTopic<String, ResponderCommand> commands;
    private TestOutputTopic<String, Responder> table;
    private Path stateDir;

    @BeforeEach
    void start() throws Exception {
        stateDir = Files.createTempDirectory("responder-book-test");
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "responder-book-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        Topology topology = new Topology();
        ResponderTable.addTo(topology);
        ResponderBook.addTo(topology);
        driver = new TopologyTestDriver(topology, config, T0);
        commands = driver.createInputTopic(Topics.DISPATCH_RESPONDER_COMMANDS.name(),
                Topics.DISPATCH_RESPONDER_COMMANDS.keySerde().serializer(),
                Topics.DISPATCH_RESPONDER_COMMANDS.valueSerde().serializer());
        table = driver.createOutputTopic(Topics.DISPATCH_RESPONDERS.name(),
                Topics.DISPATCH_RESPONDERS.keySerde().deserializer(),
                Topics.DISPATCH_RESPONDERS.valueSerde().deserializer());
    }

    @AfterEach
    void stop() throws Exception {
        driver.close();
        FileSystemUtils.deleteRecursively(stateDir);
    }

    @Test
    void twoRegistrationsOfOnePhone_theFirstTakesIt_theSecondChangesNothing() {
        put("resp-a", "Officer A", PHONE);
        put("resp-b", "Officer B", PHONE);

        Map<String, Responder> written = table.readKeyValuesToMap();
        assertThat(written).containsOnlyKeys(PHONE);
        assertThat(written.get(PHONE).responderId()).isEqualTo("resp-a");
    }

    @Test
    void aNewPhoneFreesTheOldOne_andTheOldOneCanThenBeTaken() {
        put("resp-a", "Officer A", PHONE);
        put("resp-a", "Officer A", "+14125550102");
        put("resp-b", "Officer B", PHONE);

        Map<String, Responder> written = table.readKeyValuesToMap();
        assertThat(written.get("+14125550102").responderId()).isEqualTo("resp-a");
        assertThat(written.get(PHONE).responderId()).isEqualTo("resp-b");
    }

    @Test
    void aResponderCannotMoveToAnothersPhone() {
        put("resp-a", "Officer A", PHONE);
        put("resp-b", "Officer B", "+14125550102");
        table.readKeyValuesToList();

        put("resp-b", "Officer B", PHONE);

        assertThat(table.readKeyValuesToList()).isEmpty();
    }

    @Test
    void aRemovedResponderLeavesATombstone() {
        put("resp-a", "Officer A", PHONE);
        commands.pipeInput(ResponderCommand.KEY, new RemoveResponder(UUID.randomUUID(), T0, "default", "resp-a"));
        commands.pipeInput(ResponderCommand.KEY, new RemoveResponder(UUID.randomUUID(), T0, "default", "nobody"));

        var records = table.readKeyValuesToList();
        assertThat(records).hasSize(2);
        assertThat(records.getLast().key).isEqualTo(PHONE);
        assertThat(records.getLast().value).isNull();
    }

    private void put(String id, String name, String phone) {
        commands.pipeInput(ResponderCommand.KEY, new PutResponder(UUID.randomUUID(), T0, "default", id, name, phone,
                "Pittsburgh Police", null));
    }
}
