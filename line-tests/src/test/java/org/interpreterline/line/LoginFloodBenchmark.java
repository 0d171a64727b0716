package org.interpreterline.line;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.interpreterline.testkit.SignedWebhook;
import org.junit.jupiter.api.Test;

/**
 * Load driver, not a test: how fast dispatch-service answers Twilio while junk logins hit its admin API. A signed
 * webhook (the caller's hold TwiML) every 100 ms, timed from request to answer; first on a quiet line, then with 20
 * wrong-password logins a second from one client address, then from 40 addresses (0.5 a second each, past what a
 * per-address limit alone stops). Prints p50, p90, p99 and max of each phase, and what the junk logins got.
 *
 * <p>Run: {@code ./mvnw -Pbenchmark verify -pl line-tests -am -Dit.test=LoginFloodBenchmark -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}; it writes {@code line-tests/target/benchmark-login-flood.txt}.
 * {@code -Dphase.seconds=N} sets each phase's length (default 30).
 */
class LoginFloodBenchmark {

    static final Duration PHASE = Duration.ofSeconds(Long.getLong("phase.seconds", 30));
    static final int JUNK_PER_SECOND = 20;
    static final int WEBHOOKS_PER_SECOND = 10;

    @Test
    void webhookLatencyUnderALoginFlood() throws Exception {
        try (LineUnderTest line = LineUnderTest.start("login-flood")) {
            String url = line.dispatch.url() + "/twilio/voice/hold?requestId=benchmark";
            List<String> report = new ArrayList<>();
            measure(line, url, PHASE.dividedBy(3), null); // warm-up: compiled paths, pooled connections
            report.add(line("quiet", measure(line, url, PHASE, null)));
            report.add(line("20 junk logins/s, 1 address", measure(line, url, PHASE, addresses(1))));
            report.add(line("20 junk logins/s, 40 addresses", measure(line, url, PHASE, addresses(40))));
            report.forEach(System.out::println);
            Files.write(Path.of("target", "benchmark-login-flood.txt"), report);
        }
    }

    private static List<InetAddress> addresses(int count) throws IOException {
        List<InetAddress> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(InetAddress.getByName("127.0.1." + (i + 1)));
        }
        return all;
    }

    record Phase(List<Double> millis, Map<Integer, Integer> junkStatuses, int webhookErrors) {
    }

    /** Webhooks at a steady rate for the phase, with junk logins from {@code junkFrom} (null: none). */
    private static Phase measure(LineUnderTest line, String url, Duration length, List<InetAddress> junkFrom)
            throws Exception {
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> junk = new ConcurrentHashMap<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        int port = URI.create(line.dispatch.url()).getPort();
        try (ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
                ExecutorService work = Executors.newVirtualThreadPerTaskExecutor()) {
            clock.scheduleAtFixedRate(() -> work.submit(() -> {
                long start = System.nanoTime();
                try {
                    HttpResponse<String> answer = SignedWebhook.post(line.authToken, url, url, Map.of());
                    if (answer.statusCode() == 200) {
                        millis.add((System.nanoTime() - start) / 1e6);
                    } else {
                        errors.incrementAndGet();
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
            }), 0, 1000 / WEBHOOKS_PER_SECOND, TimeUnit.MILLISECONDS);
            if (junkFrom != null) {
                clock.scheduleAtFixedRate(() -> work.submit(() -> {
                    InetAddress from = junkFrom.get(sent.getAndIncrement() % junkFrom.size());
                    junk.merge(junkLogin(from, port), 1, Integer::sum);
                }), 0, 1000 / JUNK_PER_SECOND, TimeUnit.MILLISECONDS);
            }
            Thread.sleep(length);
            clock.shutdownNow();
        }
        return new Phase(new ArrayList<>(millis), new java.util.TreeMap<>(junk), errors.get());
    }

    /** A wrong password for the admin user, from a given local address; the status it got (-1: no answer). */
    private static int junkLogin(InetAddress from, int port) {
        String credentials = Base64.getEncoder().encodeToString(
                (LineUnderTest.ADMIN_USER + ":wrong-" + System.nanoTime()).getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/requests HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic " + credentials
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
            in.readAllBytes();
            return Integer.parseInt(status.substring(9, 12));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String line(String name, Phase phase) {
        List<Double> sorted = new ArrayList<>(phase.millis());
        Collections.sort(sorted);
        return String.format("%-32s webhooks %4d  p50 %7.1f ms  p90 %7.1f ms  p99 %7.1f ms  max %7.1f ms  errors %d"
                        + "  junk logins answered %s", name, sorted.size(), pct(sorted, 50), pct(sorted, 90),
                pct(sorted, 99), sorted.isEmpty() ? Double.NaN : sorted.getLast(), phase.webhookErrors(),
                phase.junkStatuses());
    }

    private static double pct(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
