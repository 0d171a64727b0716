package org.interpreterline.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.interpreterline.events.JsonSerde;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.roster.RequestQueued;
import org.interpreterline.local.process.ServiceProcess;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.testkit.SignedWebhook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two instances of each service behind HAProxy: a load balancer may hand any webhook or admin request to either,
 * and only the one that serves the roster (hosts its Streams task) can read the roster's state. Every request
 * sent straight to the other instance gets the same answer as the owner gives, and does the same: it is answered
 * by the owner, forwarded there. Junk is refused where it arrives.
 *
 * <p>A queued Pashto request (nobody speaks it, no fallback) keeps the state still while both instances are asked.
 */
@ExtendWith(SharedReplicatedLine.class)
@Order(1) // before FailoverIT, which leaves the shared line with instances killed
class WrongInstanceIT {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String OFFICER = "+14125556101";
    static final String STRANGER = "+14125556199";

    /** One webhook as Twilio sends it: path with query, and form parameters (a fresh copy for each sending). */
    record Webhook(String service, String pathAndQuery, Function<String, Map<String, String>> params) {
    }

    static final String SPANISH_OFFICER = "+14125556103";
    static final String BEA = "+14125556202";

    static ReplicatedLine line;
    static RequestOpened queued;
    /** An offer ringing an interpreter who does not pick up: notification-service's webhooks are asked about it. */
    static OfferMade ringing;

    @BeforeAll
    static void joinTheSharedLine(ReplicatedLine shared) {
        line = shared;
        line.responder("Officer Haidari", OFFICER);
        line.sim.configurePhone(OFFICER, null, Behaviour.MANUAL, null, null, false);
        String ana = line.availableInterpreter("Ana Ruiz", "+14125556201", List.of("es"));
        line.rosterAdmin.ok("PUT", "/api/interpreters/" + ana + "/presence", Map.of("status", "OFFLINE"));
        line.sim.sms(OFFICER, "pashto");
        queued = line.events.await(RequestOpened.class, o -> OFFICER.equals(o.requesterPhone()), PATIENCE);
        line.events.await(RequestQueued.class, q -> q.requestId().equals(queued.requestId()), PATIENCE);
        ReplicatedLine.awaitStatus(line.dispatchAdmin, queued.requestId(), "QUEUED");

        line.responder("Officer Reyes", SPANISH_OFFICER);
        line.sim.configurePhone(SPANISH_OFFICER, null, Behaviour.MANUAL, null, null, false);
        line.sim.configurePhone(BEA, "Bea Soto", Behaviour.MANUAL, null, null, false);
        line.availableInterpreter("Bea Soto", BEA, List.of("es"));
        line.sim.sms(SPANISH_OFFICER, "spanish");
        RequestOpened spanish = line.events.await(RequestOpened.class,
                o -> SPANISH_OFFICER.equals(o.requesterPhone()), PATIENCE);
        ringing = line.events.await(OfferMade.class, m -> m.requestId().equals(spanish.requestId()), PATIENCE);
    }

    /** Every webhook of both services Twilio calls, each asked so that the asking changes nothing. */
    static List<Webhook> webhooks() {
        String voiceCall = "CA" + UUID.randomUUID().toString().replace("-", "");
        return List.of(
                new Webhook("dispatch-service", "/twilio/voice", sid -> Map.of("CallSid", voiceCall, "From", OFFICER,
                        "To", LineUnderTest.LINE_NUMBER, "CallStatus", "ringing")),
                new Webhook("dispatch-service", "/twilio/voice/pin?attempt=1", sid -> Map.of("CallSid", sid,
                        "From", STRANGER, "Digits", "0000")),
                new Webhook("dispatch-service", "/twilio/voice/language?attempt=1", sid -> Map.of("CallSid", voiceCall,
                        "From", OFFICER, "Digits", "")),
                // the note after the language, with nothing said: into the conference of the call's request
                new Webhook("dispatch-service", "/twilio/voice/note?requestId=" + queued.requestId(),
                        sid -> Map.of("CallSid", voiceCall, "From", OFFICER)),
                new Webhook("dispatch-service", "/twilio/voice/hold?requestId=" + queued.requestId(), sid -> Map.of()),
                // * on the queued request's call: its Dial's end (the call over), no flag key, no number keyed
                new Webhook("dispatch-service", "/twilio/voice/stepped-out?requestId=" + queued.requestId(),
                        sid -> Map.of("CallSid", voiceCall, "CallStatus", "completed")),
                new Webhook("dispatch-service", "/twilio/voice/flag?requestId=" + queued.requestId(),
                        sid -> Map.of("CallSid", voiceCall, "Digits", "")),
                new Webhook("dispatch-service", "/twilio/voice/add-number?requestId=" + queued.requestId(),
                        sid -> Map.of("CallSid", voiceCall, "From", OFFICER, "Digits", "")),
                new Webhook("dispatch-service", "/twilio/sms", sid -> Map.of("MessageSid", sid, "From", OFFICER,
                        "To", LineUnderTest.LINE_NUMBER, "Body", "STATUS")),
                new Webhook("dispatch-service", "/twilio/voice/status", sid -> Map.of("CallSid", sid,
                        "From", STRANGER, "CallStatus", "completed")),
                // the offer ringing Bea: its prompt, a key that is not a choice, its progress, the bridge, the wait
                new Webhook("notification-service", "/twilio/offer?offerId=" + ringing.offerId(), sid -> Map.of(
                        "CallSid", "CA" + sid, "CallStatus", "in-progress", "AnsweredBy", "human")),
                new Webhook("notification-service", "/twilio/offer/answer?offerId=" + ringing.offerId(),
                        sid -> Map.of("CallSid", "CA" + sid, "Digits", "9")),
                new Webhook("notification-service", "/twilio/offer/status?offerId=" + ringing.offerId(),
                        sid -> Map.of("CallSid", "CA" + sid, "CallStatus", "ringing")),
                new Webhook("notification-service", "/twilio/offer/bridge?offerId=" + ringing.offerId() + "&attempt=1",
                        sid -> Map.of("CallSid", "CA" + sid)),
                new Webhook("notification-service", "/twilio/offer/wait", sid -> Map.of("CallSid", "CA" + sid)),
                new Webhook("notification-service", "/twilio/conference/announcement?say=Hello",
                        sid -> Map.of("CallSid", "CA" + sid)),
                // the queued Pashto request: its conference's news and a call back to its officer
                new Webhook("notification-service", "/twilio/conference?requestId=" + queued.requestId(),
                        sid -> Map.of("ConferenceSid", "CF" + sid, "StatusCallbackEvent", "participant-mute",
                                "CallSid", "CA" + sid)),
                new Webhook("notification-service", "/twilio/callback?requestId=" + queued.requestId(),
                        sid -> Map.of("CallSid", "CA" + sid, "AnsweredBy", "human")),
                new Webhook("notification-service", "/twilio/callback/status?requestId=" + queued.requestId(),
                        sid -> Map.of("CallSid", "CA" + sid, "CallStatus", "ringing")));
    }

    @Test
    void everyWebhookSentToTheInstanceThatDoesNotServeTheRosterGetsTheOwnersAnswer() throws Exception {
        for (Webhook webhook : webhooks()) {
            ServiceProcess owner = line.owner(webhook.service(), PATIENCE);
            ServiceProcess other = line.notOwner(webhook.service(), PATIENCE);

            HttpResponse<String> fromOther = send(webhook, other);
            HttpResponse<String> fromOwner = send(webhook, owner);

            assertThat(fromOther.statusCode()).as(webhook.pathAndQuery()).isEqualTo(fromOwner.statusCode()).isLessThan(300);
            assertThat(fromOther.body()).as(webhook.pathAndQuery() + " from " + other.name())
                    .isEqualTo(fromOwner.body());
        }
    }

    @Test
    void aStatusTextAndTheHoldMessageSayWhereTheRequestStandsFromEitherInstance() throws Exception {
        for (ServiceProcess instance : line.instances("dispatch-service")) {
            String status = send(new Webhook("dispatch-service", "/twilio/sms", sid -> Map.of("MessageSid", sid,
                    "From", OFFICER, "Body", "status")), instance).body();
            assertThat(status).as(instance.name()).contains("Request " + queued.reference(), "Pashto");
            String hold = send(new Webhook("dispatch-service", "/twilio/voice/hold?requestId=" + queued.requestId(),
                    sid -> Map.of()), instance).body();
            assertThat(hold).as(instance.name()).contains("number 1 in line");
        }
    }

    @Test
    void aCallersHangUpReportedToTheOtherInstanceCancelsTheirRequest() throws Exception {
        String officer = "+14125556102";
        line.responder("Officer Stanekzai", officer);
        String call = "CA" + UUID.randomUUID().toString().replace("-", "");
        ServiceProcess other = line.notOwner("dispatch-service", PATIENCE);
        HttpResponse<String> asked = send(new Webhook("dispatch-service", "/twilio/voice/language?attempt=1",
                sid -> Map.of("CallSid", call, "From", officer, "SpeechResult", "Pashto")), other);
        assertThat(asked.body()).contains("what is this call about?", "<Record");
        HttpResponse<String> joined = send(new Webhook("dispatch-service", "/twilio/voice/note",
                sid -> Map.of("CallSid", call, "From", officer)), other);
        assertThat(joined.body()).contains("<Conference");
        RequestOpened opened = line.events.await(RequestOpened.class, o -> call.equals(o.requesterCallSid()), PATIENCE);

        send(new Webhook("dispatch-service", "/twilio/voice/status", sid -> Map.of("CallSid", call, "From", officer,
                "CallStatus", "completed")), other);

        ReplicatedLine.awaitStatus(line.adminOf(other), opened.requestId(), "CANCELLED");
    }

    @Test
    void adminReadsGetTheSameAnswerFromEitherInstance() {
        String anyInterpreter = line.rosterAdmin.ok("GET", "/api/interpreters", null).get(0).path("id").asString();
        Map<String, List<String>> reads = Map.of(
                "interpreter-roster", List.of("/api/interpreters", "/api/interpreters/" + anyInterpreter,
                        "/api/coverage"),
                "dispatch-service", List.of("/api/requests/" + queued.requestId(), "/api/requests/" + queued.reference(),
                        "/api/requests?language=ps", "/api/responders"));
        reads.forEach((service, paths) -> {
            for (String path : paths) {
                List<String> answers = new ArrayList<>();
                for (ServiceProcess instance : line.instances(service)) {
                    HttpResponse<String> answer = line.adminOf(instance).send("GET", path, null);
                    assertThat(answer.statusCode()).as(instance.name() + " " + path).isEqualTo(200);
                    answers.add(answer.body());
                }
                assertThat(answers).as(service + " " + path).hasSize(2).allMatch(a -> a.equals(answers.getFirst()));
            }
        });
    }

    @Test
    void theLiveBoardIsTheSameFromEitherInstance() throws Exception {
        List<JsonNode> boards = new ArrayList<>();
        for (ServiceProcess instance : line.instances("dispatch-service")) {
            ObjectNode board = (ObjectNode) firstBoard(instance);
            board.remove("at");
            boards.add(board);
        }
        assertThat(boards.getFirst().path("rows").toString()).contains(queued.requestId());
        assertThat(boards.get(1)).isEqualTo(boards.getFirst());
    }

    @Test
    void aForgedWebhookIsRefusedByTheInstanceItReaches() throws Exception {
        ServiceProcess other = line.notOwner("dispatch-service", PATIENCE);
        HttpResponse<String> forged = SignedWebhook.post(other.url() + "/twilio/sms", Map.of("MessageSid", "SMforged",
                "From", OFFICER, "Body", "CANCEL"), "bm90IGEgc2lnbmF0dXJl");
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(other.url() + "/api/requests/" + queued.requestId())).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(line.dispatchAdmin.ok("GET", "/api/requests/" + queued.requestId(), null).path("status").asString())
                .isEqualTo("QUEUED");
    }

    /** Signed over the service's public URL (the load balancer's), sent straight to one instance. */
    private static HttpResponse<String> send(Webhook webhook, ServiceProcess instance) throws Exception {
        Map<String, String> params = webhook.params().apply("SM" + UUID.randomUUID().toString().replace("-", ""));
        return SignedWebhook.post(line.authToken, line.url(webhook.service()) + webhook.pathAndQuery(),
                instance.url() + webhook.pathAndQuery(), params);
    }

    /** The first update of {@code /board/events} as one instance serves it. */
    private static JsonNode firstBoard(ServiceProcess instance) throws Exception {
        HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(instance.url() + "/board/events"))
                .header("Authorization", line.dispatchAdmin.authorization())
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).as(instance.name()).isEqualTo(200);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("data:")) {
                    return JsonSerde.MAPPER.readTree(line.substring(5).strip());
                }
            }
        }
        throw new AssertionError(instance.name() + " ended its board stream without an update");
    }
}
