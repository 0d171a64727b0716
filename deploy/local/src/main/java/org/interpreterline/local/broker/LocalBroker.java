package org.interpreterline.local.broker;

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
    static final List<String> JVM_OPTIONS = List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC",
            "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true", "-Dlog4j2.configurationFile=kafka-log4j2.xml");

    private final BrokerSettings settings;
    private final ChildJvm jvm;

    /** @param moreJvmOptions added to the broker's own (compiler, class-data archive) */
    public LocalBroker(BrokerSettings settings, Path log, List<String> moreJvmOptions) {
        // the launcher's own classpath holds Kafka and this class (the jar's manifest lists lib/*.jar)
        this(settings, null, "kafka", log, moreJvmOptions, System.getProperty("java.class.path"));
    }

    /**
     * @param clusterId null for a single node (it makes its own); the id every node of a cluster shares
     * @param classpath where Kafka and this class are: the launcher's own, or its jar ({@code local-stack.jar}) for
     *                  a JVM that does not have Kafka's server on its classpath (a test)
     */
    public LocalBroker(BrokerSettings settings, String clusterId, String name, Path log, List<String> moreJvmOptions,
            String classpath) {
        this.settings = settings;
        List<String> arguments = new java.util.ArrayList<>(JVM_OPTIONS);
        arguments.addAll(moreJvmOptions);
        arguments.add("-Dline.instance=" + name);
        arguments.addAll(List.of("-cp", absolute(classpath), StandaloneBroker.class.getName(),
                settings.dataDir().toAbsolutePath().toString(), Integer.toString(settings.port()),
                Integer.toString(settings.controllerPort())));
        if (clusterId != null) {
            arguments.addAll(List.of(Integer.toString(settings.nodeId()), settings.voters(),
                    Integer.toString(settings.clusterSize()), clusterId));
        }
        this.jvm = new ChildJvm(name, arguments, Map.of(), log);
    }

    private static String absolute(String classpath) {
        return java.util.Arrays.stream(classpath.split(java.io.File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
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
