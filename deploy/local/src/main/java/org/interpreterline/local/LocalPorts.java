package org.interpreterline.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

/** The ports of one local line: the line's usual ones (docs/architecture.md#ports), shifted by the offset asked for. */
public record LocalPorts(int dispatch, int roster, int notification, int simulator, int kafka, int controller) {

    public static LocalPorts withOffset(int offset) {
        return new LocalPorts(8081 + offset, 8082 + offset, 8083 + offset, 8090 + offset, 9092 + offset, 9093 + offset);
    }

    /** Instance {@code instance} (1..) of the service reached on {@code servicePort}, when there are several. */
    public static int instance(int servicePort, int instance) {
        return servicePort + 100 * instance;
    }

    /** Client port of broker {@code node} (1..) of a cluster; its controller listens one above. */
    public int broker(int node) {
        return kafka + 2 * (node - 1);
    }

    /** Ports another program holds, by the name of what needed them; empty when the line can start. */
    public Map<String, Integer> taken(boolean withSimulator, boolean withBroker) {
        return taken(withSimulator, withBroker ? 1 : 0, 1);
    }

    /**
     * @param brokers  brokers the line starts itself (0: none)
     * @param replicas instances of each service (above 1: behind a load balancer on the services' ports)
     */
    public Map<String, Integer> taken(boolean withSimulator, int brokers, int replicas) {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        wanted.put("dispatch-service", dispatch);
        wanted.put("interpreter-roster", roster);
        wanted.put("notification-service", notification);
        if (withSimulator) {
            wanted.put("twilio-simulator", simulator);
        }
        if (replicas > 1) {
            for (int i = 1; i <= replicas; i++) {
                wanted.put("dispatch-service-" + i, instance(dispatch, i));
                wanted.put("interpreter-roster-" + i, instance(roster, i));
                wanted.put("notification-service-" + i, instance(notification, i));
            }
        }
        if (brokers == 1) {
            wanted.put("kafka", kafka);
            wanted.put("kafka controller", controller);
        }
        for (int node = 1; brokers > 1 && node <= brokers; node++) {
            wanted.put("kafka-" + node, broker(node));
            wanted.put("kafka-" + node + " controller", broker(node) + 1);
        }
        Map<String, Integer> taken = new LinkedHashMap<>();
        wanted.forEach((name, port) -> {
            if (!free(port)) {
                taken.put(name, port);
            }
        });
        return taken;
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
