package org.interpreterline.dispatch.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The board's alerts, read from an Alertmanager-shaped endpoint over real HTTP; never an error. */
class FiringAlertsTest {

    private static final String TWO_ALERTS = """
            [{"labels": {"alertname": "LineCanaryFailing", "severity": "critical", "language": "so"},
              "annotations": {"summary": "The canary for Somali failed"},
              "startsAt": "2026-12-06T05:00:00Z", "status": {"state": "active", "silencedBy": []}},
             {"labels": {"alertname": "TwilioErrors", "severity": "warning"},
              "annotations": {"summary": "Twilio requests fail"},
              "startsAt": "2026-12-06T04:00:00Z", "status": {"state": "suppressed", "silencedBy": ["s1"]}}]""";

    @Test
    void withoutAUrlTheAlertsAreNotConnected() {
        FiringAlerts alerts = new FiringAlerts(new BoardSettings("", Duration.ofSeconds(2)));
        try {
            assertThat(alerts.latest().state()).isEqualTo("not_connected");
        } finally {
            alerts.destroy();
        }
    }

    @Test
    void theActiveAlertsAreShownAndAnAlertmanagerThatStopsAnsweringIsUnreachable() throws Exception {
        HttpServer alertmanager = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        alertmanager.createContext("/api/v2/alerts", exchange -> {
            byte[] body = TWO_ALERTS.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        alertmanager.start();
        String url = "http://127.0.0.1:" + alertmanager.getAddress().getPort() + "/api/v2/alerts";
        FiringAlerts alerts = new FiringAlerts(new BoardSettings(url, Duration.ofSeconds(2)));
        try {
            alerts.read();
            assertThat(alerts.latest().state()).isEqualTo("connected");
            // the silenced one is not firing on the board
            assertThat(alerts.latest().firing()).singleElement().isEqualTo(new FiringAlerts.FiringAlert(
                    "LineCanaryFailing", "critical", "The canary for Somali failed", "2026-12-06T05:00:00Z"));

            alertmanager.stop(0);
            alerts.read();
            assertThat(alerts.latest()).isEqualTo(FiringAlerts.AlertsNow.UNREACHABLE);
        } finally {
            alertmanager.stop(0);
            alerts.destroy();
        }
    }

    @Test
    void somethingElseAtTheUrlIsUnreachableToo() throws Exception {
        HttpServer notAlertmanager = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        notAlertmanager.createContext("/", exchange -> {
            byte[] body = "<html>login</html>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        notAlertmanager.start();
        FiringAlerts alerts = new FiringAlerts(new BoardSettings(
                "http://127.0.0.1:" + notAlertmanager.getAddress().getPort() + "/", Duration.ofSeconds(2)));
        try {
            alerts.read();
            assertThat(alerts.latest().state()).isEqualTo("unreachable");
        } finally {
            notAlertmanager.stop(0);
            alerts.destroy();
        }
    }
}
