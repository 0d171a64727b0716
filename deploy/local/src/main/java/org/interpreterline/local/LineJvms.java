package org.interpreterline.local;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interpreterline.local.balancer.LoadBalancer;
import org.interpreterline.local.broker.BrokerCluster;
import org.interpreterline.local.broker.BrokerSettings;
import org.interpreterline.local.broker.LocalBroker;
import org.interpreterline.local.process.ServiceProcess;
import org.interpreterline.local.process.StartupCache;

/** How each part of a local line is started: which jar, which JVM options, which environment, which port. */
final class LineJvms {

    static final List<String> SERVICES = List.of("interpreter-roster", "dispatch-service", "notification-service");
    /** The client compiler only: a local line needs no peak throughput, and C2 doubles the CPU a start takes. */
    private static final String QUICK_START = "-XX:TieredStopAtLevel=1";
    private static final List<String> SIMULATOR_JVM = List.of("-Xmx192m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError");

    private final Path jars;
    private final LocalData data;
    private final LineEnvironment env;
    private final StartupCache cache;

    /** @param jars the directory Maven copies the executable jars into */
    LineJvms(Path jars, LocalData data, LineEnvironment env) {
        this.jars = jars;
        this.data = data;
        this.env = env;
        this.cache = new StartupCache(data.startupCache());
    }

    /** A cluster of {@code size} broker JVMs, its data apart from the single broker's. */
    BrokerCluster brokers(int size) throws IOException {
        Path launcher = Path.of(System.getProperty("java.class.path").split(File.pathSeparator)[0]);
        return new BrokerCluster(size, data.kafkaCluster(), env.ports().kafka(), data.logs(),
                options(List.of(), "kafka", launcher), System.getProperty("java.class.path"));
    }

    /** HAProxy on the services' usual ports, in front of their instances. */
    LoadBalancer loadBalancer(int replicas) {
        List<LoadBalancer.Frontend> frontends = new ArrayList<>();
        for (String service : SERVICES) {
            int port = port(service);
            List<Integer> instances = new ArrayList<>();
            for (int i = 1; i <= replicas; i++) {
                instances.add(LocalPorts.instance(port, i));
            }
            frontends.add(new LoadBalancer.Frontend(service, port, instances));
        }
        return new LoadBalancer(frontends, env.bind(), env.host(), data.root().resolve("run"),
                data.logs().resolve("haproxy.log"));
    }

    LocalBroker broker() throws IOException {
        Path launcher = Path.of(System.getProperty("java.class.path").split(File.pathSeparator)[0]);
        return new LocalBroker(new BrokerSettings(data.kafka(), env.ports().kafka(), env.ports().controller()),
                data.logs().resolve("kafka.log"), options(List.of(), "kafka", launcher));
    }

    ServiceProcess simulator() throws IOException, InterruptedException {
        Path jar = cache.unpacked("twilio-simulator", jar("twilio-simulator"));
        return new ServiceProcess("twilio-simulator", jar, env.ports().simulator(), env.forSimulator(), data.logs(),
                options(SIMULATOR_JVM, "twilio-simulator", jar));
    }

    ServiceProcess service(String service) throws IOException, InterruptedException {
        return instances(service, 1).getFirst();
    }

    /**
     * The service's instances: alone it is named and reached as the service; of several, instance i is
     * {@code <service>-i} on its own port (the load balancer takes the service's), with its own state folder, and
     * tells the others its own URL.
     */
    List<ServiceProcess> instances(String service, int replicas) throws IOException, InterruptedException {
        Path jar = cache.unpacked(service, jar(service));
        List<ServiceProcess> instances = new ArrayList<>();
        for (int i = 1; i <= replicas; i++) {
            String name = replicas == 1 ? service : service + "-" + i;
            int port = replicas == 1 ? port(service) : LocalPorts.instance(port(service), i);
            Map<String, String> serviceEnv = new HashMap<>(env.forServices());
            serviceEnv.put("LINE_STATE_DIR", data.state(name).toAbsolutePath().toString());
            // how the other instances reach this one (requests for the roster's owner): where it listens
            serviceEnv.put("LINE_INSTANCE_URL", "http://" + env.host() + ":" + port);
            instances.add(new ServiceProcess(name, jar, port, serviceEnv, data.logs(),
                    options(ServiceProcess.JVM_OPTIONS, name, jar)));
        }
        return instances;
    }

    /** Whether a child is (an instance of) one of the three services. */
    static boolean isService(String childName) {
        return SERVICES.stream().anyMatch(s -> childName.equals(s) || childName.startsWith(s + "-"));
    }

    private int port(String service) {
        return switch (service) {
            case "interpreter-roster" -> env.ports().roster();
            case "dispatch-service" -> env.ports().dispatch();
            default -> env.ports().notification();
        };
    }

    /** Some JVM saves its class-data archive when it stops: that stop takes a few seconds longer. */
    boolean slowFirstStop() {
        return cache.writesArchivesOnExit();
    }

    private List<String> options(List<String> own, String name, Path runsFrom) throws IOException {
        List<String> all = new ArrayList<>(own);
        all.add(QUICK_START);
        all.addAll(cache.archiveOptions(name, runsFrom));
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
