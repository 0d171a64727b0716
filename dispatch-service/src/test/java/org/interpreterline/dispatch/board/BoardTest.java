package org.interpreterline.dispatch.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.interpreterline.dispatch.DispatchIntegrationTest;
import org.interpreterline.events.JsonSerde;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /board} and {@code /board/events} on the real broker: a CAD request shows up on the open stream. */
class BoardTest extends DispatchIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void thePageIsServedToSupervisorsOnly() throws Exception {
        HttpResponse<String> page = admin("GET", "/board", null, "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("new EventSource('board/events' + location.search)",
                "Waiting for an interpreter");
        HttpResponse<String> unknownRoster = admin("GET", "/board/figures?roster=fire", null);
        assertThat(unknownRoster.statusCode()).isEqualTo(400);
        assertThat(unknownRoster.body()).contains("\"field\":\"roster\"");

        for (String path : List.of("/board", "/board/events", "/board/figures")) {
            assertThat(anonymous("GET", path, null).statusCode()).as(path).isEqualTo(401);
        }
    }

    @Test
    void anOpenStreamGetsTheBoardAtOnceAndAgainWhenARequestOpens() throws Exception {
        try (BoardStream board = new BoardStream("/board/events", ADMIN_USER, ADMIN_PASSWORD)) {
            JsonNode first = board.next();
            assertThat(first.path("at").asString()).isNotBlank();
            assertThat(first.path("rows").isArray()).isTrue();

            String reference = openCad("""
                    {"language": "Somali", "callbackNumber": "%s", "agency": "Pittsburgh EMS"}""");

            JsonNode row = rowOf(board.updateShowing(reference), reference);
            assertThat(row.path("languageName").asString()).isEqualTo("Somali");
            assertThat(row.path("channel").asString()).isEqualTo("api");
            assertThat(row.path("agency").asString()).isEqualTo("Pittsburgh EMS");
            assertThat(row.path("stage").asString()).isEqualTo("waiting");
            assertThat(row.toString()).doesNotContain("+1412");
        }
    }

    /**
     * The EMS roster's supervisor opens the board's stream without asking for a roster: it is EMS's board, whose rows
     * leave out a request of the deployment's own roster opened just before EMS's.
     */
    @Test
    void aRostersSupervisorsStreamShowsThatRostersRequestsOnly() throws Exception {
        try (BoardStream board = new BoardStream("/board/events", EMS_SUPERVISOR_USER, EMS_SUPERVISOR_PASSWORD)) {
            assertThat(board.next().path("roster").asString()).isEqualTo(EMS_ROSTER);

            String home = openCad("""
                    {"language": "Amharic", "callbackNumber": "%s", "agency": "Pittsburgh Police"}""");
            String ems = openCad("""
                    {"language": "Amharic", "callbackNumber": "%s", "agency": "Allegheny EMS", "roster": "ems"}""");

            JsonNode update = board.updateShowing(ems);
            assertThat(update.path("roster").asString()).isEqualTo(EMS_ROSTER);
            assertThat(update.path("rows").findValuesAsString("reference")).doesNotContain(home);
        }
    }

    /** A CAD request for a fresh callback number ({@code %s} in the JSON): its reference. */
    private String openCad(String json) throws Exception {
        HttpResponse<String> opened = admin("POST", "/api/requests", json.formatted(freshPhone()));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(202);
        return JsonSerde.MAPPER.readTree(opened.body()).path("reference").asString();
    }

    private static JsonNode rowOf(JsonNode update, String reference) {
        for (JsonNode r : update.path("rows")) {
            if (reference.equals(r.path("reference").asString())) {
                return r;
            }
        }
        throw new AssertionError("request " + reference + " not on the board");
    }

    /** The board's Server-Sent Events as one person receives them. */
    private final class BoardStream implements AutoCloseable {

        private final BlockingQueue<String> data = new LinkedBlockingQueue<>();
        private final InputStream stream;
        private final Thread reader;

        BoardStream(String path, String user, String password) throws Exception {
            stream = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                    .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream()).body();
            reader = Thread.ofVirtual().start(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        if (line.startsWith("data:")) {
                            data.add(line.substring(5));
                        }
                    }
                } catch (Exception e) {
                    // the test is over
                }
            });
        }

        /** The next update (the first comes at once). */
        JsonNode next() throws Exception {
            String update = data.poll(15, TimeUnit.SECONDS);
            assertThat(update).as("an update of the board").isNotNull();
            return JsonSerde.MAPPER.readTree(update);
        }

        /** The first update whose rows show the request {@code reference}. */
        JsonNode updateShowing(String reference) throws Exception {
            long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < until) {
                String update = data.poll(1, TimeUnit.SECONDS);
                if (update != null) {
                    JsonNode board = JsonSerde.MAPPER.readTree(update);
                    if (board.path("rows").findValuesAsString("reference").contains(reference)) {
                        return board;
                    }
                }
            }
            throw new AssertionError("request " + reference + " never on the board");
        }

        @Override
        public void close() throws Exception {
            stream.close();
            reader.interrupt();
        }
    }

    @Test
    void theFiguresAreJsonForTheSameCredentialsAndCountARequestOpenedToday() throws Exception {
        HttpResponse<String> opened = admin("POST", "/api/requests", """
                {"language": "Tigrinya", "callbackNumber": "%s", "agency": "Pittsburgh EMS"}"""
                .formatted(freshPhone()));
        assertThat(opened.statusCode()).isEqualTo(202);

        JsonNode figures = await("the opening in the board's figures").atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200)).until(() -> {
                    HttpResponse<String> answer = admin("GET", "/board/figures", null, "application/json");
                    return answer.statusCode() == 200 ? JsonSerde.MAPPER.readTree(answer.body()) : null;
                }, f -> f != null && tigrinya(f) != null);
        assertThat(figures.path("timeZone").asString()).isEqualTo("America/New_York");
        assertThat(figures.path("day").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(figures.path("alerts").path("state").asString()).isEqualTo("not_connected");
        JsonNode line = tigrinya(figures);
        assertThat(line).as("Tigrinya on the board's figures").isNotNull();
        assertThat(line.path("today").path("opened").asInt()).isOne();
        assertThat(line.path("today").path("connected").asInt()).isZero();
        assertThat(line.path("today").path("fillRate").asDouble()).isZero();
        assertThat(line.path("interpreters").path("available").isEmpty()).isTrue();
        assertThat(figures.path("today").path("opened").asInt()).isPositive();
        assertThat(figures.toString()).doesNotContain("+1412");
    }

    private static JsonNode tigrinya(JsonNode figures) {
        for (JsonNode line : figures.path("languages")) {
            if ("ti".equals(line.path("language").asString())) {
                return line;
            }
        }
        return null;
    }
}
