package org.interpreterline.dispatch.board;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.interpreterline.events.JsonSerde;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The alerts firing now, as Alertmanager ({@code LINE_BOARD_ALERTS_URL}) lists them, read every 15 s with a short
 * timeout on a thread of its own: a slow or absent Alertmanager never holds up the board, which then says so.
 */
@Component
class FiringAlerts implements DisposableBean {

    /** One firing alert: its name, severity and summary as the rule files word them. */
    record FiringAlert(String name, String severity, String summary, String since) {
    }

    /**
     * What the board knows of the alerts.
     *
     * @param state  {@code not_connected} (no URL set), {@code unreachable} (no answer, or not Alertmanager's) or
     *               {@code connected}
     * @param firing the active alerts (neither silenced nor inhibited) when connected
     */
    record AlertsNow(String state, List<FiringAlert> firing) {

        static final AlertsNow NOT_CONNECTED = new AlertsNow("not_connected", List.of());
        static final AlertsNow UNREACHABLE = new AlertsNow("unreachable", List.of());
    }

    private static final Logger log = LoggerFactory.getLogger(FiringAlerts.class);
    private static final Duration READ_EVERY = Duration.ofSeconds(15);

    private final Optional<URI> url;
    private final Duration timeout;
    private final HttpClient http;
    private final ScheduledExecutorService reader;
    private volatile AlertsNow latest;

    FiringAlerts(BoardSettings settings) {
        this.url = settings.alerts().map(URI::create);
        this.timeout = settings.alertsTimeout();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.latest = url.isPresent() ? AlertsNow.UNREACHABLE : AlertsNow.NOT_CONNECTED;
        if (url.isPresent()) {
            reader = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().daemon().name("board-alerts").factory());
            reader.scheduleWithFixedDelay(this::read, 0, READ_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            reader = null;
        }
    }

    AlertsNow latest() {
        return latest;
    }

    /** Reads Alertmanager once and keeps what it said; one log line when reaching it changes. */
    void read() {
        AlertsNow now = url.map(this::ask).orElse(AlertsNow.NOT_CONNECTED);
        if (!now.state().equals(latest.state())) {
            if (now == AlertsNow.UNREACHABLE) {
                log.warn("Board: Alertmanager at {} does not answer; the board says so", url.orElseThrow());
            } else {
                log.info("Board: reading the firing alerts from {}", url.orElseThrow());
            }
        }
        latest = now;
    }

    private AlertsNow ask(URI alertmanager) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(alertmanager).timeout(timeout)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                return AlertsNow.UNREACHABLE;
            }
            return new AlertsNow("connected", firing(JsonSerde.MAPPER.readTree(answer.body())));
        } catch (java.io.IOException | RuntimeException e) {
            return AlertsNow.UNREACHABLE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AlertsNow.UNREACHABLE;
        }
    }

    /** Alertmanager's v2 list: silenced and inhibited alerts are "suppressed", the firing ones "active". */
    static List<FiringAlert> firing(JsonNode alerts) {
        if (!alerts.isArray()) {
            throw new IllegalArgumentException("not a list of alerts");
        }
        List<FiringAlert> firing = new ArrayList<>();
        for (JsonNode a : alerts) {
            if ("active".equals(a.path("status").path("state").asString(""))) {
                JsonNode labels = a.path("labels");
                firing.add(new FiringAlert(labels.path("alertname").asString("alert"),
                        labels.path("severity").asString(null), a.path("annotations").path("summary").asString(null),
                        a.path("startsAt").asString(null)));
            }
        }
        firing.sort(Comparator.comparing(FiringAlert::name).thenComparing(FiringAlert::since,
                Comparator.nullsLast(Comparator.naturalOrder())));
        return List.copyOf(firing);
    }

    @Override
    public void destroy() {
        if (reader != null) {
            reader.shutdownNow();
        }
    }
}
