package org.interpreterline.testkit;

import org.testcontainers.kafka.KafkaContainer;

/** Apache Kafka in a container, for machines with a Docker engine (a CI runner, a developer laptop). */
final class ContainerBroker implements TestBroker, AutoCloseable {

    /** The same Kafka the build pins, so tests see the broker production runs. */
    static final String IMAGE = "apache/kafka:4.2.1";

    private final KafkaContainer container;

    private ContainerBroker(KafkaContainer container) {
        this.container = container;
    }

    static ContainerBroker start() {
        KafkaContainer container = new KafkaContainer(IMAGE)
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
        container.start();
        return new ContainerBroker(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public String description() {
        return "Testcontainers " + IMAGE;
    }

    @Override
    public void close() {
        container.stop();
    }
}
