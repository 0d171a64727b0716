package org.interpreterline.line;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.interpreterline.events.JsonSerde;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.local.process.ServiceProcess;
import org.interpreterline.local.process.StartupCache;
import org.interpreterline.simulator.TwilioSimulatorApplication;
import org.interpreterline.simulator.client.SimulatorClient;
import org.interpreterline.simulator.phones.PhoneCallState;
import org.interpreterline.testkit.IsolatedBroker;
import org.interpreterline.testkit.SignedWebhook;
import org.interpreterline.testkit.TestBroker;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The whole line for one test class: its own Kafka broker, the Twilio simulator (in this JVM: the tests
 * drive its phones) and the three services as separate JVMs started from their jars and configured only by
 * the line's environment variables (README.md, Configuration).
 */
final class LineUnderTest implements AutoCloseable {

    static final String ACCOUNT_SID = "AC" + "0123456789abcdef0123456789abcdef";
    static final String LINE_NUMBER = "+14125550100";
    /**
     * The line's JVM options, started quickly: the JIT's first tier only, since in these runs of a minute or two its
     * optimising tier costs more CPU at start-up than it wins back. With the unpacked jars and class-data archives
     * ({@link #STARTUP}) the three services start in 8-12 s here instead of 28-30 s. The benchmarks ask for the full
     * JIT ({@code -Dline.full-jit=true}).
     */
    static final List<String> JVM_OPTIONS = Boolean.getBoolean("line.full-jit") ? ServiceProcess.JVM_OPTIONS
            : java.util.stream.Stream.concat(ServiceProcess.JVM_OPTIONS.stream(),
                    java.util.stream.Stream.of("-XX:TieredStopAtLevel=1")).toList();

    /** Unpacked service jars and their class-data archives, shared by every line a test run starts. */
    static final StartupCache STARTUP = new StartupCache(
            Path.of(System.getProperty("line.service-jars", "target/service-jars"), "startup-cache"));
    static final String ADMIN_USER = "supervisor";

    final IsolatedBroker broker;
    final SimulatorClient sim;
    final ServiceProcess dispatch;
    final ServiceProcess roster;
    final ServiceProcess notification;
    final AdminApi dispatchAdmin;
    final AdminApi rosterAdmin;
    /** notification-service has no admin API of its own; this reads its metrics as the administrator's scrape. */
    final AdminApi notificationAdmin;
    private final LineAdmin admin;
    final EventLog events;
    /** What Twilio (the simulator) signs webhooks with, for tests that play Twilio's part themselves. */
    final String authToken;
    /** The admin API's password (user {@link #ADMIN_USER}), for clients other than the AdminApis (Prometheus). */
    final String adminPassword;
    private final ConfigurableApplicationContext simulator;

    private LineUnderTest(String name, Map<String, String> extraEnv, double timeScale,
            Map<String, String> simulatorSettings) throws Exception {
        Path logs = Path.of(System.getProperty("line.logs", "target/line-logs"), name);
        org.springframework.util.FileSystemUtils.deleteRecursively(logs); // each run's logs and state start empty
        authToken = UUID.randomUUID().toString().replace("-", "");
        adminPassword = UUID.randomUUID().toString();
        int simPort = freePort();
        int dispatchPort = freePort();
        int rosterPort = freePort();
        int notificationPort = freePort();
        String dispatchUrl = "http://127.0.0.1:" + dispatchPort;
        String notificationUrl = "http://127.0.0.1:" + notificationPort;

        broker = TestBroker.isolated();
        simulator = new SpringApplicationBuilder(TwilioSimulatorApplication.class).properties(
                "server.port=" + simPort,
                "simulator.account-sid=" + ACCOUNT_SID,
                "simulator.auth-token=" + authToken,
                "simulator.line-number=" + LINE_NUMBER,
                "simulator.line-voice-url=" + dispatchUrl + "/twilio/voice",
                "simulator.line-sms-url=" + dispatchUrl + "/twilio/sms",
                "simulator.line-status-callback-url=" + dispatchUrl + "/twilio/voice/status",
                "simulator.time-scale=" + timeScale,
                "logging.file.name=" + logs.resolve("twilio-simulator.log"),
                "logging.level.root=WARN",
                "logging.level.org.interpreterline=INFO")
                .properties(simulatorSettings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new))
                .run();
        sim = SimulatorClient.forPort(simPort);

        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        env.put("TWILIO_ACCOUNT_SID", ACCOUNT_SID);
        env.put("TWILIO_AUTH_TOKEN", authToken);
        env.put("TWILIO_LINE_NUMBER", LINE_NUMBER);
        env.put("TWILIO_API_BASE_URL", "http://127.0.0.1:" + simPort);
        env.put("DISPATCH_PUBLIC_URL", dispatchUrl);
        env.put("NOTIFICATION_PUBLIC_URL", notificationUrl);
        env.put("ADMIN_USER", ADMIN_USER);
        env.put("ADMIN_PASSWORD", adminPassword);
        env.putAll(extraEnv);
        env.putAll(TriedSettings.environment());

        dispatch = process("dispatch-service", "dispatch-service", dispatchPort,
                withStateDir(env, logs, "dispatch-service"), logs, JVM_OPTIONS);
        roster = process("interpreter-roster", "interpreter-roster", rosterPort,
                withStateDir(env, logs, "interpreter-roster"), logs, JVM_OPTIONS);
        notification = process("notification-service", "notification-service", notificationPort,
                withStateDir(env, logs, "notification-service"), logs, JVM_OPTIONS);
        for (ServiceProcess service : services()) {
            service.start();
        }
        for (ServiceProcess service : services()) {
            service.awaitHealthy();
        }
        dispatchAdmin = new AdminApi(dispatch.url(), ADMIN_USER, adminPassword);
        rosterAdmin = new AdminApi(roster.url(), ADMIN_USER, adminPassword);
        notificationAdmin = new AdminApi(notification.url(), ADMIN_USER, adminPassword);
        admin = new LineAdmin(dispatchAdmin, rosterAdmin);
        events = new EventLog(broker.bootstrapServers());
    }

    static LineUnderTest start(String name) throws Exception {
        return start(name, Map.of(), 1.0);
    }

    /**
     * @param extraEnv  more environment for the services (FALLBACK_NUMBER, LINE_OFFER_TIMEOUT, ...)
     * @param timeScale how much faster than real time the simulator lets phones ring and prompts wait
     */
    static LineUnderTest start(String name, Map<String, String> extraEnv, double timeScale) throws Exception {
        return new LineUnderTest(name, extraEnv, timeScale, Map.of());
    }

    /** @param simulatorSettings more {@code simulator.*} settings of the line's number (its fallback URLs, ...) */
    static LineUnderTest start(String name, Map<String, String> extraEnv, double timeScale,
            Map<String, String> simulatorSettings) throws Exception {
        return new LineUnderTest(name, extraEnv, timeScale, simulatorSettings);
    }

    List<ServiceProcess> services() {
        return List.of(roster, dispatch, notification);
    }

    /** Registers an interpreter, sets them AVAILABLE and makes their virtual phone answer and press a key. */
    String availableInterpreter(String name, String phone, List<String> languages, int tier) {
        return admin.availableInterpreter(name, phone, languages, tier);
    }

    /** Registers an interpreter of the agencies' rosters named and sets them AVAILABLE. */
    String availableInterpreter(String name, String phone, List<String> languages, List<String> rosters) {
        return admin.availableInterpreter(name, phone, languages, rosters);
    }

    /** Presses keys once the call is answered; keys pressed while the menu is read are kept for it (type-ahead). */
    void pressOnceAnswered(String phone, String digits) {
        sim.awaitPhone(phone, p -> p.callState() == PhoneCallState.IN_CALL, java.time.Duration.ofSeconds(30));
        sim.press(phone, digits);
    }

    /**
     * The request's record from dispatch's API once it satisfies the condition (a request not in the record yet
     * is waited for too).
     */
    JsonNode awaitRequest(String requestId, Predicate<JsonNode> done) {
        return Awaitility.await("request " + requestId).atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    HttpResponse<String> r = dispatchAdmin.send("GET", "/api/requests/" + requestId, null);
                    return r.statusCode() == 200 ? JsonSerde.MAPPER.readTree(r.body()) : null;
                }, r -> r != null && done.test(r));
    }

    /** The officer calls the line and presses 1 for Spanish: the request it opened. */
    RequestOpened callsForSpanish(String officer) {
        Duration patience = Duration.ofSeconds(40);
        String officerCall = sim.dial(officer);
        sim.awaitPhone(officer, p -> p.waitingForInput() && p.heardText("For Spanish, press 1"), patience);
        sim.press(officer, "1");
        return events.await(RequestOpened.class, e -> officerCall.equals(e.requesterCallSid()), patience);
    }

    JsonNode awaitStatus(String requestId, String status) {
        return awaitRequest(requestId, r -> status.equals(r.path("status").asString()));
    }

    /** The wait URL's TwiML, fetched as Twilio fetches it (the simulator does not play wait URLs). */
    String hold(String requestId) throws Exception {
        String url = dispatch.url() + "/twilio/voice/hold?requestId=" + requestId;
        HttpResponse<String> hold = SignedWebhook.post(authToken, url, url, Map.of());
        if (hold.statusCode() != 200) {
            throw new IllegalStateException("hold answered " + hold.statusCode() + ": " + hold.body());
        }
        return hold.body();
    }

    String responder(String name, String phone, String agency) {
        return admin.responder(name, phone, agency);
    }

    /**
     * An instance of a service, run as ./run-local runs it: from its unpacked jar with the service's class-data
     * archive, written at the first clean stop of the run and mapped by every later start.
     */
    static ServiceProcess process(String name, String service, int port, Map<String, String> env, Path logs,
            List<String> jvmOptions) throws IOException, InterruptedException {
        Path runnable = STARTUP.unpacked(service, jar(service));
        List<String> options = new ArrayList<>(jvmOptions);
        options.addAll(STARTUP.archiveOptions(service, runnable));
        return new ServiceProcess(name, runnable, port, env, logs, options);
    }

    private static Path jar(String service) {
        Path jar = Path.of(System.getProperty("line.service-jars", "target/service-jars"), service + "-exec.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No jar at " + jar.toAbsolutePath() + ": run the tests through Maven"
                    + " (./mvnw verify), which builds the services first");
        }
        return jar;
    }

    private static Map<String, String> withStateDir(Map<String, String> env, Path logs, String service) {
        Map<String, String> own = new HashMap<>(env);
        own.put("LINE_STATE_DIR", logs.resolve(service + "-state").toAbsolutePath().toString());
        return own;
    }

    static int freePort() throws IOException {
        return FreePorts.next();
    }

    @Override
    public void close() throws Exception {
        if (events != null) {
            events.close();
        }
        for (ServiceProcess service : List.of(notification, dispatch, roster)) {
            if (service != null) {
                service.stop();
            }
        }
        if (simulator != null) {
            simulator.close();
        }
        broker.close();
    }
}
