package org.interpreterline.testkit;

import java.util.Locale;
import org.testcontainers.DockerClientFactory;

/** Starts the broker {@link TestBroker#shared()} hands out, once, and stops it at JVM exit. */
enum SharedBroker {
    INSTANCE;

    private TestBroker broker;

    synchronized TestBroker get() {
        if (broker == null) {
            broker = start();
            TestBroker started = broker;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started), "test-broker-stop"));
            System.out.println("[testkit] Kafka for tests: " + broker.description() + " at " + broker.bootstrapServers());
        }
        return broker;
    }

    private static TestBroker start() {
        return dockerWanted() ? ContainerBroker.start() : EmbeddedBroker.start();
    }

    static boolean dockerWanted() {
        String choice = System.getenv().getOrDefault("LINE_TEST_BROKER", "auto").toLowerCase(Locale.ROOT);
        return switch (choice) {
            case "embedded" -> false;
            case "container" -> true;
            case "auto" -> dockerAnswers();
            default -> throw new IllegalStateException(
                    "LINE_TEST_BROKER must be embedded, container or auto, not '" + choice + "'");
        };
    }

    static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static void stop(TestBroker broker) {
        if (broker instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // the JVM is exiting; nothing useful to do with it
            }
        }
    }
}
