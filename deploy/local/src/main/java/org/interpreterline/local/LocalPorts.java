package org.interpreterline.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

/** The ports of one local line: DESIGN.md §5's, shifted by the offset asked for. */
public record LocalPorts(int dispatch, int roster, int notification, int simulator, int kafka, int controller) {

    public static LocalPorts withOffset(int offset) {
        return new LocalPorts(8081 + offset, 8082 + offset, 8083 + offset, 8090 + offset, 9092 + offset, 9093 + offset);
    }

    /** Ports another program holds, by the name of what needed them; empty when the line can start. */
    public Map<String, Integer> taken(boolean withSimulator, boolean withBroker) {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        wanted.put("dispatch-service", dispatch);
        wanted.put("interpreter-roster", roster);
        wanted.put("notification-service", notification);
        if (withSimulator) {
            wanted.put("twilio-simulator", simulator);
        }
        if (withBroker) {
            wanted.put("kafka", kafka);
            wanted.put("kafka controller", controller);
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
