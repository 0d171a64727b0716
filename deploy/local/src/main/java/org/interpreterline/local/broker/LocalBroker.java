package org.interpreterline.local.broker;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.interpreterline.local.process.ChildJvm;

/** The launcher's side of the broker: starts {@link StandaloneBroker} in its own JVM and waits until it serves. */
public final class LocalBroker {

    /** Enough for a single-node line at rest; Kafka's own default (1 GB) is sized for production traffic. */
    static final List<String> JVM_OPTIONS = List.of("-Xms64m", "-Xmx320m", "-XX:+UseSerialGC",
            "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true", "-Dlog4j2.configurationFile=kafka-log4j2.xml");

    private final BrokerSettings settings;
    private final ChildJvm jvm;

    public LocalBroker(BrokerSettings settings, Path log) {
        this.settings = settings;
        List<String> arguments = new java.util.ArrayList<>(JVM_OPTIONS);
        // the launcher's own classpath holds Kafka and this class (the jar's manifest lists lib/*.jar)
        arguments.addAll(List.of("-cp", System.getProperty("java.class.path"), StandaloneBroker.class.getName(),
                settings.dataDir().toAbsolutePath().toString(), Integer.toString(settings.port()),
                Integer.toString(settings.controllerPort())));
        this.jvm = new ChildJvm("kafka", arguments, Map.of(), log);
    }

    public ChildJvm start() throws IOException {
        return jvm.start();
    }

    /** Waits until the broker answers a metadata request; fails at once if its JVM exits. */
    public void awaitReady(Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers(),
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "2000"))) {
            while (jvm.alive() && Instant.now().isBefore(deadline)) {
                try {
                    admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000)).nodes().get(3, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException | TimeoutException e) {
                    Thread.sleep(200);
                }
            }
        }
        throw new IllegalStateException("Kafka did not start; see " + jvm.log().toAbsolutePath()
                + jvm.exitValue().map(code -> " (exited " + code + ")").orElse(""));
    }

    public ChildJvm jvm() {
        return jvm;
    }

    public BrokerSettings settings() {
        return settings;
    }
}
