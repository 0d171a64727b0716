package org.interpreterline.testkit;

/**
 * A real Kafka broker for integration tests. One per test JVM, started on first use and stopped when the
 * JVM exits, so every test class of a module shares it (tests use their own topics or request ids).
 *
 * <p>Which broker: {@code LINE_TEST_BROKER=embedded} (the in-JVM KRaft broker of spring-kafka-test),
 * {@code container} (Testcontainers' {@code KafkaContainer}, needs a Docker engine) or {@code auto}
 * (the default: a container where a Docker engine answers, else embedded).
 */
public interface TestBroker {

    String bootstrapServers();

    /** What kind of broker this is, for logs and test names. */
    String description();

    static TestBroker shared() {
        return SharedBroker.INSTANCE.get();
    }
}
