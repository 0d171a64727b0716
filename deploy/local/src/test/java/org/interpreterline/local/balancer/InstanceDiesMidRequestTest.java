package org.interpreterline.local.balancer;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real HAProxy in front of two instances, one of which dies while it handles a webhook (the connection closes
 * before any answer, as after a SIGKILL) but still passes its readiness checks until HAProxy notices: every POST
 * must get the living instance's answer, never a 502 nor a closed connection.
 */
class InstanceDiesMidRequestTest {

    @TempDir
    Path dir;

    @Test
    void aWebhookWhoseInstanceDiesBeforeAnsweringIsAnsweredByTheOther() throws Exception {
        Assumptions.assumeTrue(LoadBalancer.installed().isPresent(), "HAProxy is not installed");
        HttpServer living = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        living.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = "<Response/>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        living.start();
        try (ServerSocket dying = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                ServerSocket front = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> dieOnEveryPost(dying));
            int frontPort = front.getLocalPort();
            front.close();
            LoadBalancer balancer = new LoadBalancer(List.of(new LoadBalancer.Frontend("dispatch-service", frontPort,
                    List.of(dying.getLocalPort(), living.getAddress().getPort()))), dir, dir.resolve("haproxy.log"))
                    .configure();
            balancer.process().start();
            try {
                balancer.awaitListening(Duration.ofSeconds(10));
                HttpClient http = HttpClient.newHttpClient();
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    statuses.add(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + frontPort
                                    + "/twilio/voice")).header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("CallSid=CA" + i)).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode());
                }
                assertThat(statuses).as("see " + Files.readString(dir.resolve("haproxy.log"))).containsOnly(200);
            } finally {
                balancer.process().stop(Duration.ofSeconds(5));
            }
        } finally {
            living.stop(0);
        }
    }

    /** Answers readiness checks; a POST is read and its connection closed without a word. */
    private static void dieOnEveryPost(ServerSocket server) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.ISO_8859_1));
                String requestLine = in.readLine();
                if (requestLine != null && requestLine.startsWith("GET")) {
                    socket.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.ISO_8859_1));
                }
            } catch (IOException e) {
                // closed at the end of the test
            }
        }
    }
}
