package org.interpreterline.testkit;

import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** The in-JVM KRaft broker (combined controller + broker), configured so transactions work on one node. */
final class EmbeddedBroker implements TestBroker, AutoCloseable {

    /** A single broker cannot host the default three replicas of the internal topics. */
    static final Map<String, String> SINGLE_NODE = Map.of(
            "transaction.state.log.replication.factor", "1",
            "transaction.state.log.min.isr", "1",
            "offsets.topic.replication.factor", "1",
            "group.initial.rebalance.delay.ms", "0",
            "auto.create.topics.enable", "false");

    private static final String TRIED = "testkit.broker.";

    private final EmbeddedKafkaKraftBroker broker;

    private EmbeddedBroker(EmbeddedKafkaKraftBroker broker) {
        this.broker = broker;
    }

    static EmbeddedBroker start() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.brokerProperties(SINGLE_NODE);
        broker.brokerProperties(tried());
        broker.afterPropertiesSet();
        return new EmbeddedBroker(broker);
    }

    /** -Dtestkit.broker.NAME=value sets a broker property, to try a setting in a benchmark. */
    private static Map<String, String> tried() {
        Map<String, String> tried = new java.util.HashMap<>();
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith(TRIED))
                .forEach(k -> tried.put(k.substring(TRIED.length()), System.getProperty(k)));
        return tried;
    }

    @Override
    public String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    @Override
    public String description() {
        return "embedded KRaft broker";
    }

    @Override
    public void close() {
        broker.destroy();
    }
}
