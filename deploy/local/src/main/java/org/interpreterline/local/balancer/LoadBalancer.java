package org.interpreterline.local.balancer;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.interpreterline.local.process.ChildJvm;

/**
 * HAProxy (Debian's {@code haproxy} package) in front of the instances of each service: one port per service, as
 * Twilio and administrators know it, spread over the instances that say they are ready
 * ({@code /actuator/health/readiness}, checked every second). A request whose instance cannot be connected to (it
 * just died) is tried on another; an instance that fails two checks gets nothing until it passes two again.
 */
public final class LoadBalancer {

    public static final Path HAPROXY = Path.of("/usr/sbin/haproxy");
    public static final String READINESS = "/actuator/health/readiness";

    /** One service: the port it is reached on, and its instances' ports. */
    public record Frontend(String name, int port, List<Integer> instancePorts) {
    }

    private final Path config;
    private final List<Frontend> frontends;
    private final String bind;
    private final String host;
    private final ChildJvm process;

    /** On this machine's loopback address, in front of instances listening there. */
    public LoadBalancer(List<Frontend> frontends, Path dir, Path log) {
        this(frontends, "127.0.0.1", "127.0.0.1", dir, log);
    }

    /**
     * @param bind the address HAProxy listens on (run-local's {@code --bind}); @param host where this machine reaches
     * the instances; @param dir gets {@code haproxy.cfg}; @param log gets HAProxy's own lines (servers going up and down)
     */
    public LoadBalancer(List<Frontend> frontends, String bind, String host, Path dir, Path log) {
        this.frontends = List.copyOf(frontends);
        this.bind = bind;
        this.host = host;
        this.config = dir.resolve("haproxy.cfg");
        this.process = ChildJvm.program("haproxy", HAPROXY, List.of("-f", config.toAbsolutePath().toString(), "-db"),
                log);
    }

    /** Where HAProxy is, if it is installed. */
    public static Optional<Path> installed() {
        return Files.isExecutable(HAPROXY) ? Optional.of(HAPROXY) : Optional.empty();
    }

    /** Writes the configuration; start {@link #process()} after. */
    public LoadBalancer configure() throws IOException {
        Files.createDirectories(config.getParent());
        Files.writeString(config, configuration(), StandardCharsets.UTF_8);
        return this;
    }

    public ChildJvm process() {
        return process;
    }

    /** Waits until HAProxy listens on every service's port; fails at once if it exits. */
    public void awaitListening(Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline) && process.alive()) {
            if (frontends.stream().allMatch(f -> listening(f.port()))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("HAProxy did not start; see " + process.log().toAbsolutePath() + " and "
                + config.toAbsolutePath());
    }

    /** Waits until each service answers ready through HAProxy (it has seen an instance pass its checks). */
    public void awaitServing(Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        for (Frontend f : frontends) {
            while (!ready(http, f.port())) {
                if (!process.alive() || Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("HAProxy sends nothing to " + f.name() + " yet; see "
                            + process.log().toAbsolutePath());
                }
                Thread.sleep(200);
            }
        }
    }

    private boolean ready(HttpClient http, int port) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + READINESS))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private boolean listening(int port) {
        try (Socket socket = new Socket(host.replace("[", "").replace("]", ""), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    String configuration() {
        List<String> lines = new ArrayList<>(List.of(
                "# written by the Interpreter Line launcher at each start",
                "global",
                "    log stdout format raw local0 info",
                "    maxconn 2000",
                "",
                "defaults",
                "    mode http",
                "    log global",
                // one line per request in HAProxy's log: a 503 names its backend, server and termination state
                "    option httplog",
                "    timeout connect 1s",
                // a readiness check may take this long: on a loaded machine a live instance answers in over a
                // second, and two such checks in a row would take both instances out at once (503 to every
                // webhook). A killed instance refuses the connection and is still taken out at once
                "    timeout check 3s",
                "    timeout http-request 10s",
                // the live board's event stream stays open for its lifetime (30 min) between updates
                "    timeout client 1h",
                "    timeout server 1h",
                // an instance that refuses the connection, or closes it without a word while it handles a
                // request (killed mid-request, or a kept-alive connection to it gone), is skipped: the request goes
                // to another. Without empty-response HAProxy closes the caller's connection silently (it would have
                // the caller retry, which Twilio does not). The webhooks are idempotent (ids from Twilio's sids), so
                // sending one again is safe; the whole request is buffered first so that it can be sent again.
                "    retries 3",
                "    option redispatch 1",
                "    retry-on conn-failure empty-response",
                "    option http-buffer-request",
                "    option forwardfor",
                ""));
        for (Frontend f : frontends) {
            lines.addAll(List.of(
                    "frontend " + f.name(),
                    "    bind " + bind + ":" + f.port(),
                    "    default_backend " + f.name(),
                    "",
                    "backend " + f.name(),
                    "    balance roundrobin",
                    "    option httpchk GET " + READINESS,
                    "    http-check expect status 200",
                    "    default-server inter 1s fastinter 500ms downinter 1s rise 2 fall 2"));
            for (int i = 0; i < f.instancePorts().size(); i++) {
                lines.add("    server " + f.name() + "-" + (i + 1) + " " + host + ":" + f.instancePorts().get(i) + " check");
            }
            lines.add("");
        }
        return String.join("\n", lines);
    }
}
