package org.interpreterline.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import com.twilio.type.Twiml;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.interpreterline.events.Channel;
import org.interpreterline.events.notification.OfferAnswered;
import org.interpreterline.events.notification.OfferNotAnswered;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.simulator.client.SimulatorClient;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.simulator.phones.PhoneSettings;
import org.interpreterline.simulator.rest.ApiLogEntry;
import org.interpreterline.simulator.rest.RestFault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Twilio failing for a passing reason, through the real SDK against the simulator: the dial is tried again with
 * backoff, and the interpreter's phone rings once whatever Twilio answered.
 */
class FailingTwilioTest extends LineIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final SimulatorClient sim = TwilioStandIn.client();

    @AfterEach
    void twilioBehavesAgain() {
        sim.clearRestFaults();
    }

    @Test
    void twoServerErrorsAndATooManyRequestsStillRingTheInterpreterOnceAndBridgeThem() {
        String requestId = "retried-" + UUID.randomUUID();
        String conference = "req-" + requestId;
        sim.configurePhone(Phones.RETRIED_INTERPRETER, new PhoneSettings("Ana", Behaviour.ANSWER, 100, "1", false));
        sim.configurePhone(Phones.RETRIED_OFFICER, Behaviour.ANSWER);
        String officerCall = officerHoldsIn(conference, requestId);
        player().dispatch(OfferCallsTest.opened(requestId, Channel.VOICE, Phones.RETRIED_OFFICER, officerCall));
        sim.restFault(RestFault.failing("/Calls.json", 500, 2).onMethod("POST").to(Phones.RETRIED_INTERPRETER));
        sim.restFault(RestFault.failing("/Calls.json", 429, 1).onMethod("POST").to(Phones.RETRIED_INTERPRETER));
        OfferMade offer = OfferCallsTest.offer(requestId, Phones.RETRIED_INTERPRETER, Channel.VOICE,
                Phones.RETRIED_OFFICER, officerCall);

        player().roster(offer);

        OfferAnswered accepted = watch().await(OfferAnswered.class, e -> e.offerId().equals(offer.offerId()));
        assertThat(accepted.answer()).isEqualTo(OfferAnswered.Answer.ACCEPTED);
        player().roster(OfferCallsTest.assigned(offer));
        sim.awaitConference(conference, c -> c.phoneNumbers().contains(Phones.RETRIED_INTERPRETER)
                && c.phoneNumbers().contains(Phones.RETRIED_OFFICER), WAIT);
        assertThat(dialsTo(Phones.RETRIED_INTERPRETER)).extracting(ApiLogEntry::status)
                .containsExactly(500, 500, 429, 201);
        assertThat(sim.phone(Phones.RETRIED_INTERPRETER).calls()).hasSize(1);
    }

    @Test
    void aDialTwilioDidButAnsweredWithAServerErrorIsFoundNotMadeAgain() {
        sim.configurePhone(Phones.UNANSWERED_DIAL_INTERPRETER, Behaviour.MANUAL);
        sim.restFault(RestFault.failing("/Calls.json", 500, 1).onMethod("POST").to(Phones.UNANSWERED_DIAL_INTERPRETER)
                .servedFirst());
        OfferMade offer = OfferCallsTest.offer("found-" + UUID.randomUUID(), Phones.UNANSWERED_DIAL_INTERPRETER,
                Channel.VOICE, null, null);

        player().roster(offer);

        // the look at Twilio after the ambiguous answer
        await().atMost(WAIT).until(() -> sim.apiLog().stream().anyMatch(e -> e.method().equals("GET")
                && e.path().endsWith("/Calls.json")
                && List.of(Phones.UNANSWERED_DIAL_INTERPRETER).equals(e.params().get("To"))));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> sim.phone(Phones.UNANSWERED_DIAL_INTERPRETER).calls().size() == 1);
        assertThat(dialsTo(Phones.UNANSWERED_DIAL_INTERPRETER)).extracting(ApiLogEntry::status).containsExactly(500);
    }

    @Test
    void aDialTwilioFailsOnEveryTry_isReportedAsTwilios_notAsTheInterpretersMiss() {
        sim.configurePhone(Phones.TWILIO_FAILED_INTERPRETER, Behaviour.ANSWER);
        sim.restFault(RestFault.failing("/Calls.json", 503, 10).onMethod("POST").to(Phones.TWILIO_FAILED_INTERPRETER));
        OfferMade offer = OfferCallsTest.offer("failed-" + UUID.randomUUID(), Phones.TWILIO_FAILED_INTERPRETER,
                Channel.VOICE, null, null);

        player().roster(offer);

        OfferNotAnswered notRung = watch().await(OfferNotAnswered.class, e -> e.offerId().equals(offer.offerId()));
        // the roster counts FAILED against the interpreter; this one says the line's dial failed, not their phone
        assertThat(notRung.outcome()).isEqualTo(OfferNotAnswered.Outcome.TWILIO_FAILED);
        assertThat(dialsTo(Phones.TWILIO_FAILED_INTERPRETER)).extracting(ApiLogEntry::status)
                .containsExactly(503, 503, 503, 503);
        assertThat(sim.phone(Phones.TWILIO_FAILED_INTERPRETER).calls()).isEmpty();
    }

    private List<ApiLogEntry> dialsTo(String number) {
        return sim.apiLog().stream().filter(e -> e.method().equals("POST") && e.path().endsWith("/Calls.json")
                && List.of(number).equals(e.params().get("To"))).toList();
    }

    /** What dispatch-service does for a voice request: the officer holds in the request's conference. */
    private String officerHoldsIn(String conference, String requestId) {
        String xml = "<Response><Dial><Conference startConferenceOnEnter=\"false\" endConferenceOnExit=\"true\""
                + " statusCallback=\"" + PUBLIC_URL + "/twilio/conference?requestId=" + requestId + "\""
                + " statusCallbackEvent=\"start end join leave\" participantLabel=\"requester\">" + conference
                + "</Conference></Dial></Response>";
        Call call = Call.creator(new PhoneNumber(Phones.RETRIED_OFFICER), new PhoneNumber(LINE_NUMBER), new Twiml(xml))
                .create(TwilioStandIn.sdk());
        sim.awaitPhone(Phones.RETRIED_OFFICER, p -> conference.equals(p.conference()), WAIT);
        return call.getSid();
    }
}
