package org.interpreterline.platform.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The relay against a real HTTP server standing in for the owner instance. */
class OwnerRelayTest {

    private final Map<String, String> seen = new ConcurrentHashMap<>();
    private HttpServer owner;

    @AfterEach
    void stop() {
        if (owner != null) {
            owner.stop(0);
        }
    }

    @Test
    void theOwnerGetsTheRequestAsItCameWithItsCredentialsAndTheCallerGetsTheOwnersAnswer() throws Exception {
        owner = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        owner.createContext("/", exchange -> {
            seen.put("method", exchange.getRequestMethod());
            seen.put("uri", exchange.getRequestURI().toString());
            seen.put("signature", String.valueOf(exchange.getRequestHeaders().getFirst("X-Twilio-Signature")));
            seen.put("authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            seen.put("forwardedBy", String.valueOf(exchange.getRequestHeaders().getFirst("X-Line-Forwarded-By")));
            seen.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = "<Response><Say>hello</Say></Response>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/xml");
            exchange.getResponseHeaders().add("X-Answered-By", "owner");
            exchange.sendResponseHeaders(201, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        owner.start();
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/twilio/voice/language");
        request.setQueryString("attempt=2&agency=A%20B");
        request.addHeader("X-Twilio-Signature", "c2lnbmVk");
        request.addHeader("Authorization", "Basic YWRtaW46cw==");
        request.addHeader("Content-Type", "application/x-www-form-urlencoded");
        MockHttpServletResponse response = new MockHttpServletResponse();

        OwnerRelay.Outcome outcome = new OwnerRelay("http://127.0.0.1:1", Duration.ofSeconds(5)).relay(request,
                "CallSid=CA1&Digits=1".getBytes(StandardCharsets.UTF_8),
                URI.create("http://127.0.0.1:" + owner.getAddress().getPort()), response);

        assertThat(outcome).isEqualTo(OwnerRelay.Outcome.RELAYED);
        assertThat(seen).containsEntry("method", "POST")
                .containsEntry("uri", "/twilio/voice/language?attempt=2&agency=A%20B")
                .containsEntry("signature", "c2lnbmVk")
                .containsEntry("authorization", "Basic YWRtaW46cw==")
                .containsEntry("forwardedBy", "http://127.0.0.1:1")
                .containsEntry("body", "CallSid=CA1&Digits=1");
        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getHeader("X-Answered-By")).isEqualTo("owner");
        assertThat(response.getContentAsString()).isEqualTo("<Response><Say>hello</Say></Response>");
    }

    @Test
    void anOwnerNobodyListensForIsUnreachableAndNothingIsAnswered() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        MockHttpServletResponse response = new MockHttpServletResponse();

        OwnerRelay.Outcome outcome = new OwnerRelay("http://127.0.0.1:1", Duration.ofSeconds(5)).relay(
                new MockHttpServletRequest("GET", "/api/coverage"), new byte[0],
                URI.create("http://127.0.0.1:" + closed), response);

        assertThat(outcome).isEqualTo(OwnerRelay.Outcome.UNREACHABLE);
        assertThat(response.isCommitted()).isFalse();
    }
}
