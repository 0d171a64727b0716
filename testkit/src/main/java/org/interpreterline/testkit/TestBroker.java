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

    /**
     * A broker of its own, for tests that must not see other tests' records (end-to-end runs of the whole
     * line); close it when done.
     */
    static IsolatedBroker isolated() {
        return new IsolatedBroker(SharedBroker.dockerWanted() ? ContainerBroker.start() : EmbeddedBroker.start());
    }
}
