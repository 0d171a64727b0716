package org.interpreterline.local;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code ./run-local} was asked for.
 *
 * @param fresh      forget the roster, requests and logs of earlier runs
 * @param demo       seed the demo roster and responders on the first start
 * @param dataDir    where the line keeps its data between runs
 * @param portOffset added to every port, so that a second line (a test) can run next to the first
 * @param bind       the address the services and the simulator listen on: this machine only unless told otherwise
 * @param replicas   instances of each service, behind HAProxy when more than one
 * @param brokers    Kafka brokers (a KRaft cluster when more than one)
 */
public record LocalOptions(boolean fresh, boolean demo, Path dataDir, int portOffset, String bind, int replicas,
        int brokers) {

    public static final String LOOPBACK = "127.0.0.1";

    /** One instance of each service and one broker. */
    public LocalOptions(boolean fresh, boolean demo, Path dataDir, int portOffset, String bind) {
        this(fresh, demo, dataDir, portOffset, bind, 1, 1);
    }

    public static final String USAGE = """
            Usage: ./run-local [--fresh] [--no-demo] [--data-dir DIR] [--port-offset N] [--bind ADDRESS]
                               [--replicas N] [--brokers N] [--no-build]

              --fresh          start from nothing: forget the roster, the requests and the logs of earlier runs
              --no-demo        start with an empty roster and responder directory (no demo data)
              --data-dir DIR   keep the line's data in DIR (default: .local)
              --port-offset N  add N to every port (8081-8083, 8090, 9092, 9093), to run a second line
              --bind ADDRESS   let the services and the simulator listen on ADDRESS (0.0.0.0: every interface)
                               instead of 127.0.0.1; the simulator's control API stays this machine's only
              --replicas N     run N instances (1-3) of each service behind HAProxy on the usual ports; instance i
                               of a service listens 100 x i above it (needs Debian's haproxy package)
              --brokers N      run a Kafka cluster of N brokers (1-5; 3 survives the loss of any one) on 9092,
                               9094, ... (controllers one above each); its data is kept apart from the single broker's
              --no-build       use the jars as they are, even if the sources changed

            The line's environment variables (TWILIO_*, *_PUBLIC_URL, KAFKA_BOOTSTRAP_SERVERS, ADMIN_*) are
            passed to the services; see README.md.
            """;

    /** @throws IllegalArgumentException with a message for the user */
    public static LocalOptions parse(List<String> args) {
        boolean fresh = false;
        boolean demo = true;
        Path dataDir = Path.of(".local");
        int portOffset = 0;
        String bind = LOOPBACK;
        int replicas = 1;
        int brokers = 1;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--fresh" -> fresh = true;
                case "--no-demo" -> demo = false;
                case "--data-dir" -> dataDir = Path.of(value(args, ++i, arg));
                case "--port-offset" -> portOffset = offset(value(args, ++i, arg));
                case "--bind" -> bind = address(value(args, ++i, arg));
                case "--replicas" -> replicas = count(value(args, ++i, arg), arg, 3);
                case "--brokers" -> brokers = count(value(args, ++i, arg), arg, 5);
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return new LocalOptions(fresh, demo, dataDir, portOffset, bind, replicas, brokers);
    }

    private static int count(String text, String option, int most) {
        try {
            int count = Integer.parseInt(text);
            if (count >= 1 && count <= most) {
                return count;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(option + " must be a number from 1 to " + most + ", not " + text);
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }

    private static String address(String text) {
        if (!text.matches("[0-9.]+|[0-9a-fA-F:]*:[0-9a-fA-F:.]*")) {
            throw new IllegalArgumentException("--bind needs an IP address of this machine (127.0.0.1, 0.0.0.0, ...),"
                    + " not " + text);
        }
        return text;
    }

    private static int offset(String text) {
        try {
            int offset = Integer.parseInt(text);
            if (offset < 0 || offset > 50_000) {
                throw new IllegalArgumentException("--port-offset must be between 0 and 50000");
            }
            return offset;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port-offset must be a number, not " + text);
        }
    }
}
