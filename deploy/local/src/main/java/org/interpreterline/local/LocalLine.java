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
import org.interpreterline.local.balancer.LoadBalancer;
import org.interpreterline.local.broker.BrokerCluster;
import org.interpreterline.local.broker.LocalBroker;
import org.interpreterline.local.demo.DemoSeed;
import org.interpreterline.local.phones.RosterPhones;
import org.interpreterline.local.process.ChildJvm;
import org.interpreterline.local.process.ChildLedger;
import org.interpreterline.local.process.ServiceProcess;

/**
 * The whole line on this machine: a Kafka broker, the Twilio simulator and the three services, each in its own
 * JVM, started in that order and stopped in the reverse one. Whatever was started is stopped by {@link #close()},
 * which a shutdown hook calls on Ctrl-C; anything still alive after that is killed.
 */
final class LocalLine implements AutoCloseable {

    private static final Duration SERVICE_START = Duration.ofSeconds(150);

    private final LocalOptions options;
    private final LocalData data;
    private final Path jars;
    private final Map<String, String> operatorEnv;
    private final Progress progress;
    private final List<ChildJvm> started = new ArrayList<>();
    private final ChildLedger ledger;
    private FileChannel lockChannel;
    private boolean closing;
    private LineEnvironment env;
    private LineJvms jvms;

    LocalLine(LocalOptions options, Path jars, Map<String, String> operatorEnv, Progress progress) {
        this.options = options;
        this.data = new LocalData(options.dataDir());
        this.jars = jars;
        this.operatorEnv = operatorEnv;
        this.progress = progress;
        this.ledger = new ChildLedger(data.children());
    }

    /** Starts everything and returns once every part is healthy and the demo roster (if any) is in place. */
    ReadyReport start() throws IOException, InterruptedException {
        takeTheDataFolder();
        LocalPorts ports = LocalPorts.withOffset(options.portOffset());
        env = new LineEnvironment(operatorEnv, ports, AdminCredentials.resolve(operatorEnv, data.adminPassword()),
                options.bind(), options.brokers());
        jvms = new LineJvms(jars, data, env);
        if (!env.builtInSimulator() && !env.twilioAccountSet()) {
            throw new IllegalStateException("TWILIO_API_BASE_URL is " + env.twilioApi() + " but TWILIO_ACCOUNT_SID and"
                    + " TWILIO_AUTH_TOKEN are not both set: the line would be turned away (see README.md, Connecting a"
                    + " real Twilio number)");
        }
        if (options.replicas() > 1 && LoadBalancer.installed().isEmpty()) {
            throw new IllegalStateException("--replicas " + options.replicas() + " puts HAProxy in front of the "
                    + "instances, and " + LoadBalancer.HAPROXY + " is missing: install it (Debian, Ubuntu: sudo apt-get "
                    + "install haproxy), or run without --replicas");
        }
        Map<String, Integer> taken = ports.taken(env.builtInSimulator(), env.builtInBroker() ? options.brokers() : 0,
                options.replicas());
        if (!taken.isEmpty()) {
            throw new IllegalStateException("ports already in use: " + taken + ". Is another line running? Stop it, or"
                    + " start this one with --port-offset N.");
        }
        // the simulator needs no broker: it starts while the broker does; the services wait for the broker
        LocalBroker broker = env.builtInBroker() && options.brokers() == 1 ? jvms.broker() : null;
        BrokerCluster cluster = env.builtInBroker() && options.brokers() > 1 ? jvms.brokers(options.brokers()) : null;
        List<ServiceProcess> processes = new ArrayList<>();
        if (broker != null) {
            launch(broker.jvm());
        }
        if (cluster != null) {
            for (LocalBroker node : cluster.nodes()) {
                launch(node.jvm());
            }
        }
        if (env.builtInSimulator()) {
            processes.add(launch(jvms.simulator()));
        }
        LoadBalancer balancer = options.replicas() > 1 ? jvms.loadBalancer(options.replicas()).configure() : null;
        if (balancer != null) {
            launch(balancer.process());
            balancer.awaitListening(Duration.ofSeconds(10));
        }
        List<ServiceProcess> services = new ArrayList<>();
        for (String service : LineJvms.SERVICES) {
            // unpacks its jar (the first time) while the broker starts
            services.addAll(jvms.instances(service, options.replicas()));
        }
        if (broker != null) {
            broker.awaitReady(Duration.ofSeconds(90));
            progress.step("Kafka ready");
        }
        if (cluster != null) {
            cluster.awaitReady(Duration.ofSeconds(120));
            progress.step("Kafka ready (" + options.brokers() + " brokers)");
        }
        for (ServiceProcess service : services) {
            processes.add(launch(service));
        }
        for (ServiceProcess process : processes) {
            try {
                process.awaitHealthy(SERVICE_START);
            } catch (IllegalStateException e) {
                throw new IllegalStateException(e.getMessage() + "\n    " + String.join("\n    ", process.jvm().logTail(10)), e);
            }
            progress.step(process.name() + " ready");
        }
        if (balancer != null) {
            balancer.awaitServing(Duration.ofSeconds(30));
            progress.step("HAProxy sends requests to every service");
        }

        DemoSeed.Outcome demo = DemoSeed.Outcome.NONE;
        if (env.builtInSimulator()) {
            demo = demoAndPhones(ports);
        }
        return new ReadyReport(env, data, demo, options.replicas());
    }

    /** Ctrl-C was pressed: what fails from now on is the line being stopped, not a fault. */
    synchronized boolean stopping() {
        return closing;
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

    /**
     * Stops the children in the reverse order of their start (the services at once, then the load balancer and the
     * simulator, the brokers together last), then kills whatever is left
     * below this process.
     */
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
            progress.say("Stopping the line…" + (jvms != null && jvms.slowFirstStop()
                    ? " (the first stop after a build saves start-up caches for next time: it takes a little longer)" : ""));
        }
        // the services are peers: they stop together (each may take seconds to commit, or to save its start-up
        // cache); then the simulator, and the broker last, once nothing needs it
        List<ChildJvm> running = children.stream().filter(ChildJvm::alive).toList();
        running.stream().filter(c -> LineJvms.isService(c.name())).forEach(ChildJvm::requestStop);
        boolean brokersAsked = false;
        for (ChildJvm child : children.reversed()) {
            if (!brokersAsked && child.name().startsWith("kafka")) {
                // brokers of a cluster stop together: one at a time, the last ones would lose their quorum
                children.stream().filter(c -> c.name().startsWith("kafka")).forEach(ChildJvm::requestStop);
                brokersAsked = true;
            }
            try {
                child.stop(Duration.ofSeconds(30));
                if (running.contains(child)) {
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

    /** Seeds the demo roster (once), then keeps a labelled phone for everyone on the roster and in the directory. */
    private DemoSeed.Outcome demoAndPhones(LocalPorts ports) throws IOException, InterruptedException {
        ServiceAdmin roster = ServiceAdmin.withCredentials("http://" + env.host() + ":" + ports.roster(), env.admin());
        ServiceAdmin dispatch = ServiceAdmin.withCredentials("http://" + env.host() + ":" + ports.dispatch(), env.admin());
        DemoSeed.Outcome demo = new DemoSeed(roster, dispatch, data.demoSeeded()).seedOnce(options.demo());
        if (demo == DemoSeed.Outcome.SEEDED) {
            progress.step("demo roster added");
        }
        RosterPhones phones = new RosterPhones(roster, dispatch, ServiceAdmin.open(env.simulatorUrl()));
        phones.sync();
        // people added through the admin API while the line runs get a labelled phone too, within seconds
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
        return demo;
    }
}
