package org.interpreterline.local.broker;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kafka.Kafka;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;

/**
 * The broker JVM's entry point: writes server.properties, formats the storage on the first start (a formatted
 * directory is left as it is, so a restart keeps every topic and its cluster id), then runs Kafka until SIGTERM.
 *
 * <p>Arguments: data directory, client port, controller port; for a node of a cluster also its node id, the
 * controller quorum ({@code id@host:port,...}), the cluster's size and the cluster id all its nodes share.
 */
public final class StandaloneBroker {

    private StandaloneBroker() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3 && args.length != 7) {
            System.err.println("usage: StandaloneBroker <data-dir> <port> <controller-port>"
                    + " [<node-id> <voters> <cluster-size> <cluster-id>]");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        int controllerPort = Integer.parseInt(args[2]);
        BrokerSettings settings = args.length == 3 ? new BrokerSettings(dataDir, port, controllerPort)
                : new BrokerSettings(dataDir, Integer.parseInt(args[3]), port, controllerPort, args[4],
                        Integer.parseInt(args[5]));
        String clusterId = args.length == 7 ? args[6] : Uuid.randomUuid().toString();
        Files.createDirectories(settings.dataDir());
        Path properties = settings.dataDir().resolve("server.properties");
        Files.writeString(properties, settings.serverProperties(), StandardCharsets.UTF_8);

        if (!Files.exists(settings.logDir().resolve("meta.properties"))) {
            int formatted = StorageTool.execute(new String[] {"format",
                    "--cluster-id", clusterId, "--config", properties.toString()}, System.out);
            if (formatted != 0) {
                System.err.println("formatting " + settings.logDir() + " failed (" + formatted + ")");
                System.exit(formatted);
            }
        }
        stopWithParent();
        Kafka.main(new String[] {properties.toString()});
    }

    /** A launcher killed outright cannot stop the broker: it stops itself (cleanly) when its parent is gone. */
    private static void stopWithParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
    }
}
