package org.interpreterline.local;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Map<String, String> serviceEnv = new HashMap<>(env.forServices());
        serviceEnv.put("LINE_STATE_DIR", data.state(service).toAbsolutePath().toString());
        int port = switch (service) {
            case "interpreter-roster" -> env.ports().roster();
            case "dispatch-service" -> env.ports().dispatch();
            default -> env.ports().notification();
        };
        Path jar = cache.unpacked(service, jar(service));
        return new ServiceProcess(service, jar, port, serviceEnv, data.logs(),
                options(ServiceProcess.JVM_OPTIONS, service, jar));
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
