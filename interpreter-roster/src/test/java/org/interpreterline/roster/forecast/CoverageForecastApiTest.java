package org.interpreterline.roster.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.interpreterline.events.Channel;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.events.JsonSerde;
import org.interpreterline.events.Priority;
import org.interpreterline.events.RequestConference;
import org.interpreterline.events.Topics;
import org.interpreterline.events.dispatch.DispatchEvent;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.roster.InterpreterStatusChanged;
import org.interpreterline.events.roster.RosterEvent;
import org.interpreterline.platform.kafka.TopicPublisher;
import org.interpreterline.roster.RunningRoster;
import org.interpreterline.testkit.ServiceProbe;
import org.interpreterline.testkit.TestBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The forecast through the running roster and a real broker: two interpreters added with the admin API, then the
 * history of the four weeks before this one, written to the topics as the line would have written it then (the
 * allocator's presence changes on roster.events, dispatch's requests on dispatch.events): Ana (Spanish) on the line
 * Tuesdays 00:00–04:00, a Nepali request every Tuesday at 02:10 and a Spanish one at 02:30 in two of the weeks.
 * The forecast's figures are the ones worked out by hand; Priya's declared hours do not hide the gap, since four
 * weeks of history are not thin.
 */
class CoverageForecastApiTest extends RunningRoster {

    private static final ZoneId PITTSBURGH = ZoneId.of("America/New_York"); // LINE_REPORTS_TIME_ZONE's default
    private final HttpClient http = HttpClient.newHttpClient();
    /** Interpreters this class added: taken off again, since other classes count the shared roster's languages. */
    private final List<String> added = new ArrayList<>();

    @BeforeEach
    void healthy() {
        assertThat(new ServiceProbe(port).awaitHealth()).isEqualTo("UP");
    }

    @AfterEach
    void removeTheAdded() throws Exception {
        for (String id : added) {
            assertThat(send("DELETE", "/api/interpreters/" + id, null, "application/json").statusCode())
                    .isEqualTo(204);
        }
    }

    @Test
    void theForecastOfAScriptedHistoryFindsThePlantedNepaliGapInJsonAndCsv() throws Exception {
        String ana = add("Ana Forecast", "+14125550171", "es");
        String priya = add("Priya Forecast", "+14125550172", "ne");
        LocalDate thisMonday = LocalDate.now(PITTSBURGH).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<String, Object> producer = Map.of("bootstrap.servers", TestBroker.shared().bootstrapServers());
        try (TopicPublisher<String, RosterEvent> rosterEvents = new TopicPublisher<>(Topics.ROSTER_EVENTS, producer);
                TopicPublisher<String, DispatchEvent> dispatch = new TopicPublisher<>(Topics.DISPATCH_EVENTS,
                        producer)) {
            for (int weeksAgo = 4; weeksAgo >= 1; weeksAgo--) {
                LocalDate tuesday = thisMonday.minusWeeks(weeksAgo).plusDays(1);
                rosterEvents.publish(rosterId(), status(ana, at(tuesday, 0, 0), InterpreterStatus.OFFLINE,
                        InterpreterStatus.AVAILABLE)).get();
                rosterEvents.publish(rosterId(), status(ana, at(tuesday, 4, 0), InterpreterStatus.AVAILABLE,
                        InterpreterStatus.OFFLINE)).get();
                String nepali = "fc-ne-" + RUN + "-" + weeksAgo;
                dispatch.publish(rosterId(), opened(nepali, "ne", at(tuesday, 2, 10))).get();
                dispatch.publish(rosterId(), cancelled(nepali, at(tuesday, 2, 20))).get();
                if (weeksAgo % 2 == 0) {
                    String spanish = "fc-es-" + RUN + "-" + weeksAgo;
                    dispatch.publish(rosterId(), opened(spanish, "es", at(tuesday, 2, 30))).get();
                    dispatch.publish(rosterId(), cancelled(spanish, at(tuesday, 2, 31))).get();
                }
            }
        }
        HttpResponse<String> declared = send("PUT", "/api/interpreters/" + priya + "/availability",
                "{\"hours\":[{\"day\":\"TUESDAY\",\"from\":0,\"to\":6}]}", "application/json");
        assertThat(declared.statusCode()).isEqualTo(200);
        assertThat(json(declared).path("hours").get(0).path("to").asInt()).isEqualTo(6);

        Awaitility.await("the forecast has read the four weeks").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                    JsonNode forecast = json(send("GET", "/api/coverage/forecast", null, "application/json"));
                    assertThat(forecast.path("weeks").asInt()).isEqualTo(4);
                    // Tuesday 02:00 = hour 26: 4 Nepali requests in 4 weeks, nobody on; Priya's declared hours
                    // are listed but not counted (4 weeks of history are not thin)
                    assertThat(row(forecast, "ne", 26).toString()).isEqualTo("{\"language\":\"ne\",\"hourOfWeek\":26,"
                            + "\"day\":\"TUESDAY\",\"hour\":2,\"requestsPerWeek\":1.0,\"onLine\":0.0,\"declared\":1,"
                            + "\"usualAvailable\":0.0,\"gap\":true}");
                    // 2 Spanish requests in 4 weeks, Ana on every week
                    assertThat(row(forecast, "es", 26).path("requestsPerWeek").asDouble()).isEqualTo(0.5);
                    assertThat(row(forecast, "es", 26).path("usualAvailable").asDouble()).isEqualTo(1.0);
                    assertThat(row(forecast, "es", 26).path("gap").asBoolean()).isFalse();
                });
        JsonNode forecast = json(send("GET", "/api/coverage/forecast", null, "application/json"));
        assertThat(forecast.path("timeZone").asString()).isEqualTo("America/New_York");
        assertThat(forecast.path("from").asString()).isEqualTo(thisMonday.minusWeeks(4).toString());
        assertThat(forecast.path("to").asString()).isEqualTo(thisMonday.toString());
        int gaps = 0;
        for (JsonNode row : forecast.path("rows")) {
            gaps += row.path("gap").asBoolean() ? 1 : 0;
        }
        assertThat(gaps).isOne();

        HttpResponse<String> csv = send("GET", "/api/coverage/forecast?language=Nepali", null, "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("language,language_name,hour_of_week,day,hour,requests_per_week,on_line,"
                + "declared,usual_available,gap");
        assertThat(lines).hasSize(1 + 168).contains("ne,Nepali,26,TUESDAY,2,1.00,0.00,1,0.00,true");
        assertThat(send("GET", "/api/coverage/forecast?format=csv&language=es", null, "application/json").body())
                .contains("es,Spanish,26,TUESDAY,2,0.50,1.00,0,1.00,false");
    }

    @Test
    void wrongAvailabilityAndForecastQueriesAreProblemDetailsNamingTheField() throws Exception {
        String id = add("Rui Forecast", "+14125550173", "pt");

        HttpResponse<String> backwards = send("PUT", "/api/interpreters/" + id + "/availability",
                "{\"hours\":[{\"day\":\"MONDAY\",\"from\":8,\"to\":12},{\"day\":\"FRIDAY\",\"from\":9,\"to\":9}]}",
                "application/json");
        HttpResponse<String> noDay = send("PUT", "/api/interpreters/" + id + "/availability",
                "{\"hours\":[{\"day\":\"SOMEDAY\",\"from\":8,\"to\":12}]}", "application/json");
        HttpResponse<String> lateHour = send("PUT", "/api/interpreters/" + id + "/availability",
                "{\"hours\":[{\"day\":\"MONDAY\",\"from\":8,\"to\":25}]}", "application/json");
        HttpResponse<String> noHours = send("PUT", "/api/interpreters/" + id + "/availability", "{}",
                "application/json");
        HttpResponse<String> nobody = send("PUT", "/api/interpreters/nobody/availability",
                "{\"hours\":[]}", "application/json");
        HttpResponse<String> badFormat = send("GET", "/api/coverage/forecast?format=xml", null, "application/json");
        HttpResponse<String> badLanguage = send("GET", "/api/coverage/forecast?language=klingon", null,
                "application/json");

        assertThat(field(backwards)).isEqualTo("hours[1].to");
        assertThat(field(noDay)).isEqualTo("hours[0].day");
        assertThat(field(lateHour)).isEqualTo("hours[0].to");
        assertThat(field(noHours)).isEqualTo("hours");
        assertThat(nobody.statusCode()).isEqualTo(404);
        assertThat(field(badFormat)).isEqualTo("format");
        assertThat(field(badLanguage)).isEqualTo("language");
        assertThat(backwards.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/problem+json");
    }

    private String field(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return json(response).path("errors").get(0).path("field").asString();
    }

    private static JsonNode row(JsonNode forecast, String language, int hourOfWeek) {
        for (JsonNode row : forecast.path("rows")) {
            if (language.equals(row.path("language").asString()) && row.path("hourOfWeek").asInt() == hourOfWeek) {
                return row;
            }
        }
        throw new AssertionError("no row " + language + " " + hourOfWeek + " in " + forecast);
    }

    private static String rosterId() {
        return "roster-test-" + RUN;
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(PITTSBURGH).toInstant();
    }

    private static InterpreterStatusChanged status(String id, Instant at, InterpreterStatus from,
            InterpreterStatus to) {
        return new InterpreterStatusChanged(UUID.randomUUID(), at, rosterId(), id, "+14125550171", from, to,
                "scripted history");
    }

    private static RequestOpened opened(String requestId, String language, Instant at) {
        return new RequestOpened(UUID.randomUUID(), at, rosterId(), requestId, "FC" + requestId.length(), language,
                Channel.VOICE, Priority.URGENT, "Pittsburgh Police", "Officer Diaz", "+14125550101", null,
                "a note the forecast never keeps", RequestConference.nameOf(requestId));
    }

    private static RequestCancelled cancelled(String requestId, Instant at) {
        return new RequestCancelled(UUID.randomUUID(), at, rosterId(), requestId,
                RequestCancelled.Reason.REQUESTER_HUNG_UP);
    }

    private String add(String name, String phone, String language) throws Exception {
        HttpResponse<String> created = send("POST", "/api/interpreters", "{\"name\":\"" + name + "\",\"phone\":\""
                + phone + "\",\"languages\":[\"" + language + "\"],\"tier\":1}", "application/json");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json(created).path("id").asString();
        added.add(id);
        return id;
    }

    private HttpResponse<String> send(String method, String path, String body, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "admin:test-only-password".getBytes()))
                .header("Content-Type", "application/json")
                .header("Accept", accept)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JsonSerde.MAPPER.readTree(response.body());
    }
}
