package org.interpreterline.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compose line's HAProxy (deploy/compose/haproxy/haproxy.cfg, run by Debian's haproxy) lets the internet reach
 * Twilio's webhooks and nothing else: over TLS, /twilio/... paths go to the service that owns them, while the admin
 * API, the board, actuator and path tricks are refused at the door. The administrators' ports do reach the
 * services. No service runs here: a request HAProxy passes on is answered 503 (no instance up), one it refuses 4xx.
 *
 * <p>The file is used as it is, but for its listeners (on loopback, free ports), the certificate (made here for
 * 127.0.0.1) and, when not run as root, the drop to the haproxy user.
 */
class ReverseProxyTest {

    @TempDir
    static Path work;
    static Process haproxy;
    static final Map<Integer, Integer> PORTS = new HashMap<>();
    static HttpClient https;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void startHaproxyWithTheComposeConfiguration() throws Exception {
        Path binary = InstalledTool.HAPROXY.path();
        Path certificate = work.resolve("certificate.pem");
        Path key = work.resolve("key.pem");
        ExternalCommand.succeed(List.of(InstalledTool.OPENSSL.path().toString(), "req", "-x509", "-newkey", "rsa:2048",
                "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                "-keyout", key.toString(), "-out", certificate.toString()), Map.of(), Duration.ofMinutes(1));
        Path pem = work.resolve("line.pem");
        Files.writeString(pem, Files.readString(certificate) + Files.readString(key));

        String config = Files.readString(DeployFiles.root().resolve("compose/haproxy/haproxy.cfg"), StandardCharsets.UTF_8)
                .replace("/run/secrets/line.pem", pem.toString());
        Matcher bind = Pattern.compile("(?m)^(\\s+bind ):(\\d+)").matcher(config);
        StringBuilder rebound = new StringBuilder();
        while (bind.find()) {
            int port = LineUnderTest.freePort();
            PORTS.put(Integer.parseInt(bind.group(2)), port);
            bind.appendReplacement(rebound, "$1127.0.0.1:" + port);
        }
        bind.appendTail(rebound);
        config = rebound.toString();
        if (!"root".equals(System.getProperty("user.name"))) {
            config = config.replaceAll("(?m)^\\s+(user|group) haproxy$", "");
        }
        Path cfg = work.resolve("haproxy.cfg");
        Files.writeString(cfg, config, StandardCharsets.UTF_8);
        assertThat(PORTS).containsKeys(8443, 8081, 8082, 8083, 8404);

        haproxy = new ProcessBuilder(binary.toString(), "-db", "-f", cfg.toString()).redirectErrorStream(true)
                .redirectOutput(work.resolve("haproxy.log").toFile()).start();
        Awaitility.await("haproxy listening").atMost(Duration.ofSeconds(20)).until(() -> {
            if (!haproxy.isAlive()) {
                throw new IllegalStateException("haproxy exited: " + Files.readString(work.resolve("haproxy.log")));
            }
            try (Socket socket = new Socket("127.0.0.1", PORTS.get(8443))) {
                return true;
            } catch (IOException e) {
                return false;
            }
        });

        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            trusted.setCertificateEntry("line", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        https = HttpClient.newBuilder().sslContext(tls).version(HttpClient.Version.HTTP_1_1).build();
    }

    @AfterAll
    static void stopHaproxy() throws InterruptedException {
        if (haproxy != null) {
            haproxy.destroy();
            haproxy.waitFor();
        }
    }

    @Test
    void twiliosWebhooksGoThroughToTheServiceThatOwnsThem() throws Exception {
        for (String path : List.of("/twilio/voice", "/twilio/voice/language?attempt=1", "/twilio/sms",
                "/twilio/offer/answer?offerId=o-1", "/twilio/conference?requestId=r-1", "/twilio/callback/status")) {
            assertThat(publicSide("POST", path).statusCode()).as(path).isEqualTo(503);
        }
    }

    @Test
    void theAdminApiTheBoardAndActuatorAreNotOnThePublicSide() throws Exception {
        for (String path : List.of("/api/requests", "/api/interpreters", "/board", "/board/events", "/actuator/health",
                "/actuator/prometheus", "/", "/twilio")) {
            assertThat(publicSide("GET", path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void pathTricksBehindAWebhookPrefixAreRefused() throws Exception {
        for (String path : List.of("/twilio/voice/../../api/requests", "/twilio/voice/%2e%2e/%2e%2e/api/requests",
                "/twilio/sms;x=1/../../api/requests", "/twilio/voice//../api/requests", "/twilio/voice/./status")) {
            assertThat(publicSide("POST", path).statusCode()).as(path).isEqualTo(400);
        }
        assertThat(publicSide("DELETE", "/twilio/voice").statusCode()).isEqualTo(405);
    }

    @Test
    void administratorsReachEachServiceOnItsInternalPort() throws Exception {
        for (int port : List.of(8081, 8082, 8083)) {
            HttpResponse<String> admin = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + PORTS.get(port) + "/api/requests")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(admin.statusCode()).as("admin port " + port).isEqualTo(503);
        }
        HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + PORTS.get(8404) + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("haproxy_backend_active_servers{proxy=\"dispatch_webhooks\"}");
    }

    private static HttpResponse<String> publicSide(String method, String path) throws Exception {
        return https.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + PORTS.get(8443) + path))
                .method(method, HttpRequest.BodyPublishers.ofString("CallSid=CA1"))
                .header("Content-Type", "application/x-www-form-urlencoded").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
