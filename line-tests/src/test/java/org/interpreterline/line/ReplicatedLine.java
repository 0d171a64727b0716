package org.interpreterline.line;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.interpreterline.events.JsonSerde;
import org.interpreterline.local.balancer.LoadBalancer;
import org.interpreterline.local.broker.BrokerCluster;
import org.interpreterline.local.process.ServiceProcess;
import org.interpreterline.simulator.TwilioSimulatorApplication;
import org.interpreterline.simulator.client.SimulatorClient;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The line with no single point of failure, for one test class: a cluster of real broker JVMs, N instances of each
 * service (separate JVMs from their jars, each with its own state and URL) behind HAProxy on one port per service,
 * and the Twilio simulator (in this JVM) calling those ports as Twilio calls a load balancer. Any instance or broker
 * can be killed (SIGKILL) and started again. HAProxy is required: {@code apt-get install haproxy}.
 */
final class ReplicatedLine implements AutoCloseable {

    static final List<String> SERVICES = List.of("interpreter-roster", "dispatch-service", "notification-service");
    /** A loaded 2-core machine (CI, or other builds beside this one) can take minutes to start a service. */
    static final Duration START_PATIENCE = Duration.ofMinutes(6);
    /** The client compiler only, as ./run-local does: a test needs no peak throughput, and C2 doubles a start's CPU. */

    final BrokerCluster brokers;
    final SimulatorClient sim;
    final AdminApi dispatchAdmin;
    final AdminApi rosterAdmin;
    final EventLog events;
    /** What Twilio (the simulator) signs webhooks with. */
    final String authToken;
    private final String adminPassword;
    /** Ports this JVM gave out already: not yet listened on, so not seen as taken. */
    private static final java.util.Set<Integer> HANDED_OUT = new java.util.HashSet<>();

    private final Map<String, List<ServiceProcess>> instances = new LinkedHashMap<>();
    private final Map<String, Integer> servicePorts = new HashMap<>();
    private final LoadBalancer balancer;
    private final ConfigurableApplicationContext simulator;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ReplicatedLine(String name, int brokerCount, int replicas, Map<String, String> extraEnv) throws Exception {
        InstalledTool.HAPROXY.path();
        Path logs = Path.of(System.getProperty("line.logs", "target/line-logs"), name);
        org.springframework.util.FileSystemUtils.deleteRecursively(logs);
        authToken = UUID.randomUUID().toString().replace("-", "");
        adminPassword = UUID.randomUUID().toString();
        for (String service : SERVICES) {
            servicePorts.put(service, freeBlock(1));
        }
        int simPort = freeBlock(1);
        String dispatchUrl = "http://127.0.0.1:" + servicePorts.get("dispatch-service");
        String notificationUrl = "http://127.0.0.1:" + servicePorts.get("notification-service");

        brokers = new BrokerCluster(brokerCount, logs.resolve("kafka"), freeBlock(2 * brokerCount), logs,
                List.of(), localStackJar());
        try {
            brokers.start();
            simulator = new SpringApplicationBuilder(TwilioSimulatorApplication.class).properties(
                    "server.port=" + simPort,
                    "simulator.account-sid=" + LineUnderTest.ACCOUNT_SID,
                    "simulator.auth-token=" + authToken,
                    "simulator.line-number=" + LineUnderTest.LINE_NUMBER,
                    "simulator.line-voice-url=" + dispatchUrl + "/twilio/voice",
                    "simulator.line-sms-url=" + dispatchUrl + "/twilio/sms",
                    "simulator.line-status-callback-url=" + dispatchUrl + "/twilio/voice/status",
                    "logging.file.name=" + logs.resolve("twilio-simulator.log"),
                    "logging.level.root=WARN",
                    "logging.level.org.interpreterline=INFO").run();
            sim = SimulatorClient.forPort(simPort);
            brokers.awaitReady(Duration.ofMinutes(2));

            Map<String, String> env = new HashMap<>();
            env.put("KAFKA_BOOTSTRAP_SERVERS", brokers.bootstrapServers());
            env.put("LINE_KAFKA_REPLICATION_FACTOR", Integer.toString(Math.min(3, brokerCount)));
            env.put("TWILIO_ACCOUNT_SID", LineUnderTest.ACCOUNT_SID);
            env.put("TWILIO_AUTH_TOKEN", authToken);
            env.put("TWILIO_LINE_NUMBER", LineUnderTest.LINE_NUMBER);
            env.put("TWILIO_API_BASE_URL", "http://127.0.0.1:" + simPort);
            env.put("DISPATCH_PUBLIC_URL", dispatchUrl);
            env.put("NOTIFICATION_PUBLIC_URL", notificationUrl);
            env.put("ADMIN_USER", LineUnderTest.ADMIN_USER);
            env.put("ADMIN_PASSWORD", adminPassword);
            env.putAll(extraEnv);
            env.putAll(TriedSettings.environment());
            List<LoadBalancer.Frontend> frontends = new ArrayList<>();
            for (String service : SERVICES) {
                List<ServiceProcess> own = new ArrayList<>();
                for (int i = 1; i <= replicas; i++) {
                    int port = freeBlock(1);
                    Map<String, String> instanceEnv = new HashMap<>(env);
                    instanceEnv.put("LINE_STATE_DIR", logs.resolve(service + "-" + i + "-state").toAbsolutePath().toString());
                    instanceEnv.put("LINE_INSTANCE_URL", "http://127.0.0.1:" + port);
                    own.add(LineUnderTest.process(service + "-" + i, service, port, instanceEnv, logs,
                            LineUnderTest.JVM_OPTIONS));
                }
                instances.put(service, own);
                frontends.add(new LoadBalancer.Frontend(service, servicePorts.get(service),
                        own.stream().map(ServiceProcess::port).toList()));
            }
            balancer = new LoadBalancer(frontends, logs, logs.resolve("haproxy.log")).configure();
            balancer.process().start();
            balancer.awaitListening(Duration.ofSeconds(10));
            // in waves, first instances first: nine JVMs starting at once on two cores would take minutes each
            for (int i = 0; i < replicas; i++) {
                for (List<ServiceProcess> own : instances.values()) {
                    own.get(i).start();
                }
                for (List<ServiceProcess> own : instances.values()) {
                    own.get(i).awaitHealthy(START_PATIENCE);
                }
            }
            balancer.awaitServing(Duration.ofSeconds(60));
            dispatchAdmin = new AdminApi(dispatchUrl, LineUnderTest.ADMIN_USER, adminPassword);
            rosterAdmin = new AdminApi("http://127.0.0.1:" + servicePorts.get("interpreter-roster"),
                    LineUnderTest.ADMIN_USER, adminPassword);
            events = new EventLog(brokers.bootstrapServers());
        } catch (Exception | Error e) {
            close(); // whatever started: a failed start leaves nothing running
            throw e;
        }
    }

    static ReplicatedLine start(String name, int brokers, int replicas) throws Exception {
        return new ReplicatedLine(name, brokers, replicas, Map.of());
    }

    static ReplicatedLine start(String name, int brokers, int replicas, Map<String, String> extraEnv)
            throws Exception {
        return new ReplicatedLine(name, brokers, replicas, extraEnv);
    }

    /** Where Twilio and administrators reach the service (HAProxy). */
    String url(String service) {
        return "http://127.0.0.1:" + servicePorts.get(service);
    }

    List<ServiceProcess> instances(String service) {
        return instances.get(service);
    }

    /** The admin API of one instance, bypassing the load balancer. */
    AdminApi adminOf(ServiceProcess instance) {
        return new AdminApi(instance.url(), LineUnderTest.ADMIN_USER, adminPassword);
    }

    /**
     * The instance that serves the roster now, as the instances themselves report it (readiness' {@code serving}
     * detail), once one does and all living instances agree.
     */
    ServiceProcess owner(String service, Duration patience) {
        return Awaitility.await(service + "'s roster owner").atMost(patience).pollInterval(Duration.ofMillis(50))
                .until(() -> ownerNow(service), java.util.Objects::nonNull);
    }

    ServiceProcess ownerNow(String service) {
        ServiceProcess owner = null;
        for (ServiceProcess instance : instances.get(service)) {
            if (!instance.alive()) {
                continue;
            }
            String servedBy = servedBy(instance);
            if ("this instance".equals(servedBy)) {
                if (owner != null) {
                    return null;
                }
                owner = instance;
            } else if (servedBy == null || !servedBy.startsWith("http")) {
                return null;
            }
        }
        return owner;
    }

    /** An instance of the service that is not the owner. */
    ServiceProcess notOwner(String service, Duration patience) {
        ServiceProcess owner = owner(service, patience);
        return instances.get(service).stream().filter(i -> i != owner).findFirst().orElseThrow();
    }

    /** What the instance's readiness says about who serves the roster; null when it cannot be asked. */
    String servedBy(ServiceProcess instance) {
        return serving(instance).map(details -> details.path("servedBy").asString(null)).orElse(null);
    }

    /** The details of the instance's {@code serving} health (Streams state, tasks, store lag, roster owner). */
    Optional<JsonNode> serving(ServiceProcess instance) {
        try {
            // the components of health are the administrator's
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(instance.url()
                    + "/actuator/health")).header("Authorization", adminOf(instance).authorization())
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode details = JsonSerde.MAPPER.readTree(health.body()).path("components").path("serving")
                    .path("details");
            return details.isMissingNode() ? Optional.empty() : Optional.of(details);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Whether the instance's readiness probe says UP. */
    boolean ready(ServiceProcess instance) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(instance.url() + LoadBalancer.READINESS))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL: the instance gets no chance to commit, leave its group or say goodbye. */
    void kill(ServiceProcess instance) throws InterruptedException {
        instance.kill();
    }

    /** Starts a killed instance again from its jar and its state folder, and waits until it is ready. */
    void restart(ServiceProcess instance) throws IOException {
        instance.start();
        instance.awaitHealthy(START_PATIENCE);
        Awaitility.await(instance.name() + " ready").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200)).until(() -> ready(instance));
    }

    /** Registers an interpreter through the load balancer and sets them AVAILABLE. */
    String availableInterpreter(String name, String phone, List<String> languages) {
        String id = rosterAdmin.ok("POST", "/api/interpreters",
                Map.of("name", name, "phone", phone, "languages", languages, "tier", 1)).path("id").asString();
        rosterAdmin.ok("PUT", "/api/interpreters/" + id + "/presence", Map.of("status", "AVAILABLE"));
        return id;
    }

    /** The request's record, read through {@code dispatch}, once it has this status. */
    static JsonNode awaitStatus(AdminApi dispatch, String requestId, String status) {
        return Awaitility.await("request " + requestId + " " + status).atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    HttpResponse<String> r = dispatch.send("GET", "/api/requests/" + requestId, null);
                    return r.statusCode() == 200 ? JsonSerde.MAPPER.readTree(r.body()) : null;
                }, r -> r != null && status.equals(r.path("status").asString()));
    }

    String responder(String name, String phone) {
        return dispatchAdmin.ok("POST", "/api/responders",
                Map.of("name", name, "phone", phone, "agency", "Pittsburgh Police", "badge", "1")).path("id").asString();
    }

    /** The broker JVMs' classpath: the launcher's jar, whose manifest lists Kafka's server jars. */
    private static String localStackJar() {
        Path jar = Path.of(System.getProperty("line.local-stack", "../deploy/local/target"), "local-stack.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No " + jar.toAbsolutePath() + ": run the tests through Maven, which"
                    + " builds deploy/local first");
        }
        return jar.toAbsolutePath().toString();
    }

    /**
     * The first of {@code count} consecutive free ports on loopback, below Linux's ephemeral range (32768 and up):
     * a port the system hands out for outgoing connections may be taken again before the JVM that is to listen on
     * it starts.
     */
    private static synchronized int freeBlock(int count) throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            int first = 21_000 + ThreadLocalRandom.current().nextInt(11_000);
            boolean free = java.util.stream.IntStream.range(first, first + count).noneMatch(HANDED_OUT::contains);
            for (int port = first; port < first + count && free; port++) {
                try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                    socket.setReuseAddress(true);
                } catch (IOException e) {
                    free = false;
                }
            }
            if (free) {
                java.util.stream.IntStream.range(first, first + count).forEach(HANDED_OUT::add);
                return first;
            }
        }
        throw new IOException("no " + count + " consecutive free ports");
    }

    @Override
    public void close() throws Exception {
        if (events != null) {
            events.close();
        }
        List<ServiceProcess> all = instances.values().stream().flatMap(List::stream).toList();
        all.forEach(i -> i.jvm().requestStop());
        for (ServiceProcess instance : all) {
            if (instance.jvm().alive()) {
                instance.stop();
            }
        }
        if (balancer != null && balancer.process().alive()) {
            balancer.process().stop(Duration.ofSeconds(10));
        }
        if (simulator != null) {
            simulator.close();
        }
        if (brokers != null) {
            brokers.close();
        }
    }
}
