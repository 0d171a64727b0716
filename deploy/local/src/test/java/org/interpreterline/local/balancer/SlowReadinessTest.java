package org.interpreterline.local.balancer;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real HAProxy in front of an instance that is alive but slow to say so (its readiness takes 1.5 s, as on a
 * loaded 2-core machine): it must keep getting the webhooks. A dead instance refuses connections and is still
 * noticed at once; only a hung one is noticed later.
 */
class SlowReadinessTest {

    @TempDir
    Path dir;

    @Test
    void anInstanceWhoseReadinessAnswersSlowlyIsNotTakenOutOfService() throws Exception {
        Assumptions.assumeTrue(LoadBalancer.installed().isPresent(), "HAProxy is not installed");
        AtomicInteger checks = new AtomicInteger();
        HttpServer slow = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        slow.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        slow.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            if (exchange.getRequestURI().getPath().equals(LoadBalancer.READINESS)) {
                try {
                    Thread.sleep(1500); // the loaded machine's answer time, not a wait of the test's
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                checks.incrementAndGet();
            }
            byte[] body = "<Response/>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        slow.start();
        int frontPort;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            frontPort = free.getLocalPort();
        }
        LoadBalancer balancer = new LoadBalancer(List.of(new LoadBalancer.Frontend("dispatch-service", frontPort,
                List.of(slow.getAddress().getPort()))), dir, dir.resolve("haproxy.log")).configure();
        balancer.process().start();
        try {
            balancer.awaitListening(Duration.ofSeconds(10));
            // enough checks answered for two failures in a row to have taken it out, were 1.5 s too slow
            Instant giveUp = Instant.now().plusSeconds(30);
            while (checks.get() < 4 && Instant.now().isBefore(giveUp)) {
                Thread.sleep(50);
            }
            assertThat(checks.get()).as("readiness checks answered").isGreaterThanOrEqualTo(4);

            HttpResponse<String> webhook = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                            "http://127.0.0.1:" + frontPort + "/twilio/voice"))
                    .POST(HttpRequest.BodyPublishers.ofString("CallSid=CA1")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(webhook.statusCode()).as("see " + Files.readString(dir.resolve("haproxy.log"))).isEqualTo(200);
        } finally {
            balancer.process().stop(Duration.ofSeconds(5));
            slow.stop(0);
        }
    }
}
