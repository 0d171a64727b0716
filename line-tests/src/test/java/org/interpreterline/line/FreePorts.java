package org.interpreterline.line;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for the line's processes, picked below the kernel's ephemeral range. A port bound with 0 and closed again
 * lies inside that range, so an outgoing connection could take it before the service that was given it binds it (a
 * containerised notification-service once failed to start that way). Ports below the range are never handed to
 * outgoing connections; each is given out once per JVM, and each test fork has a band of its own.
 */
final class FreePorts {

    private static final int BAND = 2_500;
    private static final int LOWEST = 15_000;
    private static final Set<Integer> given = new HashSet<>();

    private FreePorts() {
    }

    static synchronized int next() throws IOException {
        // failsafe numbers its forks from 1 where it fills in the placeholder; elsewhere the pid picks a band
        int fork = Math.max(1, Integer.getInteger("line.fork", (int) (ProcessHandle.current().pid() % 6) + 1));
        int low = LOWEST + (fork - 1) * BAND;
        int high = Math.min(low + BAND, ephemeralLow());
        if (high <= low) {
            throw new IOException("no band of ports below the ephemeral range for fork " + fork);
        }
        for (int tries = 0; tries < BAND; tries++) {
            int port = ThreadLocalRandom.current().nextInt(low, high);
            if (!given.contains(port) && bindable(port)) {
                given.add(port);
                return port;
            }
        }
        throw new IOException("no free port in " + low + "-" + high);
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("0.0.0.0"))) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    /** The first port of the kernel's ephemeral range (32768 by default on Linux). */
    private static int ephemeralLow() {
        try {
            // readString trusts the size /proc reports and can cut the line short; readAllLines reads to the end
            String range = String.join(" ", Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))).trim();
            return Integer.parseInt(range.split("\\s+")[0]);
        } catch (IOException | RuntimeException unknown) {
            return 32_768;
        }
    }
}
