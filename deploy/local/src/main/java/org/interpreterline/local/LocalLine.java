package org.interpreterline.local;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.interpreterline.local.admin.AdminCredentials;
import org.interpreterline.local.admin.ServiceAdmin;
import org.interpreterline.local.broker.BrokerSettings;
import org.interpreterline.local.broker.LocalBroker;
import org.interpreterline.local.demo.DemoSeed;
import org.interpreterline.local.phones.RosterPhones;
import org.interpreterline.local.process.ChildJvm;
import org.interpreterline.local.process.ChildLedger;
import org.interpreterline.local.process.ServiceProcess;
import org.interpreterline.local.process.StartupCache;

/**
 * The whole line on this machine: a Kafka broker, the Twilio simulator and the three services, each in its own
 * JVM, started in that order and stopped in the reverse one. Whatever was started is stopped by {@link #close()},
 * which a shutdown hook calls on Ctrl-C; anything still alive after that is killed.
 */
final class LocalLine implements AutoCloseable {

    static final List<String> SERVICES = List.of("interpreter-roster", "dispatch-service", "notification-service");
    private static final Duration SERVICE_START = Duration.ofSeconds(150);
    /** The client compiler only: a local line needs no peak throughput, and C2 doubles the CPU a start takes. */
    private static final String QUICK_START = "-XX:TieredStopAtLevel=1";
    private static final List<String> SIMULATOR_JVM = List.of("-Xmx192m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError");

    private final LocalOptions options;
    private final LocalData data;
    private final Path jars;
    private final Map<String, String> operatorEnv;
    private final Progress progress;
    private final List<ChildJvm> started = new ArrayList<>();
    private final ChildLedger ledger;
    private final StartupCache cache;
    private FileChannel lockChannel;
    private boolean closing;
    private LineEnvironment env;

    LocalLine(LocalOptions options, Path jars, Map<String, String> operatorEnv, Progress progress) {
        this.options = options;
        this.data = new LocalData(options.dataDir());
        this.jars = jars;
        this.operatorEnv = operatorEnv;
        this.progress = progress;
        this.ledger = new ChildLedger(data.children());
        this.cache = new StartupCache(data.startupCache());
    }

    /** Starts everything and returns once every part is healthy and the demo roster (if any) is in place. */
    ReadyReport start() throws IOException, InterruptedException {
        takeTheDataFolder();
        LocalPorts ports = LocalPorts.withOffset(options.portOffset());
        env = new LineEnvironment(operatorEnv, ports, AdminCredentials.resolve(operatorEnv, data.adminPassword()));
        if (!env.builtInSimulator() && !env.twilioAccountSet()) {
            throw new IllegalStateException("TWILIO_API_BASE_URL is " + env.twilioApi() + " but TWILIO_ACCOUNT_SID and"
                    + " TWILIO_AUTH_TOKEN are not both set: the line would be turned away (see README.md, Connecting a"
                    + " real Twilio number)");
        }
        Map<String, Integer> taken = ports.taken(env.builtInSimulator(), env.builtInBroker());
        if (!taken.isEmpty()) {
            throw new IllegalStateException("ports already in use: " + taken + ". Is another line running? Stop it, or"
                    + " start this one with --port-offset N.");
        }
        // the simulator needs no broker: it starts while the broker does; the services wait for the broker
        LocalBroker broker = env.builtInBroker() ? broker(ports) : null;
        List<ServiceProcess> processes = new ArrayList<>();
        if (broker != null) {
            launch(broker.jvm());
        }
        if (env.builtInSimulator()) {
            processes.add(launch(simulator(ports)));
        }
        if (broker != null) {
            broker.awaitReady(Duration.ofSeconds(90));
            progress.step("Kafka ready");
        }
        for (String service : SERVICES) {
            processes.add(launch(service(service, ports)));
        }
        for (ServiceProcess process : processes) {
            try {
                process.awaitHealthy(SERVICE_START);
            } catch (IllegalStateException e) {
                throw new IllegalStateException(e.getMessage() + "\n    " + String.join("\n    ", process.jvm().logTail(15)), e);
            }
            progress.step(process.name() + " ready");
        }

        ReadyReport.Demo demo = ReadyReport.Demo.NONE;
        if (env.builtInSimulator()) {
            demo = seedDemo(ports);
            startPhoneSync(ports);
        }
        return new ReadyReport(env, ports, data, demo);
    }

    /** Waits until a child exits; returns it (unless the line is being stopped, then this never returns). */
    ChildJvm awaitUnexpectedExit() throws InterruptedException {
        List<ChildJvm> children;
        synchronized (this) {
            children = List.copyOf(started);
        }
        CompletableFuture<?>[] exits = children.stream().map(ChildJvm::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.anyOf(exits).get();
        } catch (java.util.concurrent.ExecutionException e) {
            // an exit is an exit
        }
        synchronized (this) {
            while (closing) {
                wait(); // Ctrl-C: the shutdown hook stops the line and ends the JVM
            }
        }
        return children.stream().filter(c -> !c.alive()).findFirst().orElseThrow();
    }

    /** Stops the children in the reverse order of their start, then kills whatever is left below this process. */
    @Override
    public void close() {
        List<ChildJvm> children;
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
            children = new ArrayList<>(started);
        }
        if (!children.isEmpty()) {
            progress.say("Stopping the line…");
        }
        for (ChildJvm child : children.reversed()) {
            try {
                boolean wasAlive = child.alive();
                child.stop(child.name().equals("kafka") ? Duration.ofSeconds(30) : Duration.ofSeconds(20));
                if (wasAlive) {
                    progress.say("  stopped " + child.name());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).forEach(straggler -> {
            progress.say("  killing leftover process " + straggler.pid());
            straggler.destroyForcibly();
        });
        try {
            ledger.clear();
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            progress.say("  could not tidy " + data.root() + ": " + e.getMessage());
        }
    }

    private void takeTheDataFolder() throws IOException, InterruptedException {
        Files.createDirectories(data.lock().getParent());
        lockChannel = FileChannel.open(data.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = lockChannel.tryLock();
        if (lock == null) {
            throw new IllegalStateException("another ./run-local is using " + data.root().toAbsolutePath()
                    + "; stop it first (Ctrl-C in its terminal), or use --data-dir and --port-offset");
        }
        List<String> leftovers = ledger.stopLeftovers();
        if (!leftovers.isEmpty()) {
            progress.say("  stopped what an earlier run left behind: " + String.join(", ", leftovers));
        }
        if (options.fresh()) {
            data.wipe();
            progress.say("  --fresh: forgot the roster, the requests and the logs of earlier runs");
        }
        data.rotateLogs();
    }

    private LocalBroker broker(LocalPorts ports) throws IOException {
        return new LocalBroker(new BrokerSettings(data.kafka(), ports.kafka(), ports.controller()),
                data.logs().resolve("kafka.log"), jvm(List.of(), "kafka"));
    }

    private ServiceProcess simulator(LocalPorts ports) throws IOException, InterruptedException {
        return new ServiceProcess("twilio-simulator", cache.unpacked("twilio-simulator", jar("twilio-simulator")),
                ports.simulator(), env.forSimulator(), data.logs(), jvm(SIMULATOR_JVM, "twilio-simulator"));
    }

    private ServiceProcess service(String service, LocalPorts ports) throws IOException, InterruptedException {
        Map<String, String> serviceEnv = new java.util.HashMap<>(env.forServices());
        serviceEnv.put("LINE_STATE_DIR", data.state(service).toAbsolutePath().toString());
        int port = switch (service) {
            case "interpreter-roster" -> ports.roster();
            case "dispatch-service" -> ports.dispatch();
            default -> ports.notification();
        };
        return new ServiceProcess(service, cache.unpacked(service, jar(service)), port, serviceEnv, data.logs(),
                jvm(ServiceProcess.JVM_OPTIONS, service));
    }

    private ServiceProcess launch(ServiceProcess process) throws IOException {
        synchronized (this) {
            refuseWhenClosing();
            process.start(false);
            started.add(process.jvm());
        }
        ledger.add(process.jvm());
        return process;
    }

    private void launch(ChildJvm child) throws IOException {
        synchronized (this) {
            refuseWhenClosing();
            child.start();
            started.add(child);
        }
        ledger.add(child);
    }

    private void refuseWhenClosing() {
        if (closing) {
            throw new IllegalStateException("stopping: nothing more is started");
        }
    }

    private ReadyReport.Demo seedDemo(LocalPorts ports) throws IOException, InterruptedException {
        ServiceAdmin roster = ServiceAdmin.withCredentials("http://127.0.0.1:" + ports.roster(), env.admin());
        ServiceAdmin dispatch = ServiceAdmin.withCredentials("http://127.0.0.1:" + ports.dispatch(), env.admin());
        DemoSeed seed = new DemoSeed(roster, dispatch, data.demoSeeded());
        ReadyReport.Demo demo;
        if (seed.alreadySeeded()) {
            demo = ReadyReport.Demo.KEPT; // even with --no-demo: the roster lives in Kafka; --fresh forgets it
        } else if (!options.demo()) {
            demo = ReadyReport.Demo.NONE;
        } else {
            seed.seed();
            demo = ReadyReport.Demo.SEEDED;
            progress.step("demo roster added");
        }
        new RosterPhones(roster, dispatch, ServiceAdmin.open(env.simulatorUrl())).sync();
        return demo;
    }

    /** People added through the admin API while the line runs get a labelled phone too, within seconds. */
    private void startPhoneSync(LocalPorts ports) {
        RosterPhones phones = new RosterPhones(
                ServiceAdmin.withCredentials("http://127.0.0.1:" + ports.roster(), env.admin()),
                ServiceAdmin.withCredentials("http://127.0.0.1:" + ports.dispatch(), env.admin()),
                ServiceAdmin.open(env.simulatorUrl()));
        Thread.ofPlatform().daemon().name("phone-sync").start(() -> {
            while (true) {
                try {
                    Thread.sleep(Duration.ofSeconds(10));
                    phones.sync();
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    // a service busy or stopping: the next round catches up
                }
            }
        });
    }

    private List<String> jvm(List<String> options, String name) throws IOException {
        List<String> all = new ArrayList<>(options);
        all.add(QUICK_START);
        all.addAll(cache.archiveOptions(name));
        return all;
    }

    private Path jar(String module) {
        Path jar = jars.resolve(module + "-exec.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("no " + jar + ": build first (./run-local builds unless told --no-build)");
        }
        return jar;
    }
}
