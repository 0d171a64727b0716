package org.interpreterline.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.interpreterline.events.Channel;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.notification.OfferAnswered;
import org.interpreterline.events.notification.OfferNotAnswered;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.roster.RequestAssigned;
import org.interpreterline.events.roster.RequestQueued;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.simulator.phones.PhoneCallState;
import org.interpreterline.testkit.SignedWebhook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The line works: voice and SMS requests reach an interpreter and are bridged. One line for the
 * class; each scenario uses its own language and phones so scenarios cannot meet.
 */
@ExtendWith(SharedLine.class)
class LineWorksIT {

    static final Duration PATIENCE = Duration.ofSeconds(40);
    /** Phones ring and prompts wait four times faster than real time: a 20 s ring-out takes 5 s. */
    static final double TIME_SCALE = 4;

    static LineUnderTest line;

    @BeforeAll
    static void joinTheSharedLine(LineUnderTest shared) {
        line = shared;
    }

    @Test
    void officerCallsAndPressesOneAndIsBridgedWithTheSpanishInterpreter() {
        String officer = "+14125550101";
        String ana = "+14125550201";
        line.responder("Officer Diaz", officer, "Pittsburgh Police");
        line.sim.configurePhone(ana, "Ana Ruiz", Behaviour.ANSWER, 300, "1", false);
        line.availableInterpreter("Ana Ruiz", ana, List.of("es"), 1);

        String officerCall = line.sim.dial(officer);
        line.sim.awaitPhone(officer, p -> p.waitingForInput() && p.heardText("For Spanish, press 1"), PATIENCE);
        line.sim.press(officer, "1");

        RequestOpened opened = line.events.await(RequestOpened.class,
                e -> officerCall.equals(e.requesterCallSid()), PATIENCE);
        assertThat(opened.language()).isEqualTo("es");
        assertThat(opened.channel()).isEqualTo(Channel.VOICE);
        String conference = "req-" + opened.requestId();
        line.sim.awaitConference(conference, c -> c.phoneNumbers().containsAll(List.of(officer, ana)), PATIENCE);
        assertThat(line.sim.phone(officer).heardText("Finding a Spanish interpreter")).isTrue();
        assertThat(line.sim.phone(ana).heardText("Spanish interpreter needed for Pittsburgh Police")).isTrue();
        assertThat(line.sim.phone(officer).callState()).isEqualTo(PhoneCallState.IN_CONFERENCE);
        assertThat(line.sim.phone(ana).callState()).isEqualTo(PhoneCallState.IN_CONFERENCE);

        JsonNode record = line.awaitStatus(opened.requestId(), "CONNECTED");
        List<String> steps = record.path("timeline").valueStream().map(s -> s.path("event").asString()).toList();
        assertThat(steps).containsSubsequence("RequestOpened", "OfferMade", "OfferAnswered", "RequestAssigned",
                "ParticipantJoined");
        assertThat(record.path("timeline").valueStream().map(s -> s.path("at").asString()))
                .allSatisfy(at -> assertThat(at).matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));
    }

    @Test
    void officerTextsArabicWithAFlagWordIsAcknowledged_theInterpreterHearsTheWarning_andBothAreBridged() {
        String officer = "+14125550102";
        String omar = "+14125550202";
        line.responder("Officer Kim", officer, "Pittsburgh Police");
        line.sim.configurePhone(officer, "Officer Kim", Behaviour.ANSWER, 300, null, false);
        line.sim.configurePhone(omar, "Omar Haddad", Behaviour.ANSWER, 300, "1", false);
        line.availableInterpreter("Omar Haddad", omar, List.of("ar"), 1);

        // a flag word in the text: the interpreter hears the warning before deciding
        line.sim.sms(officer, "Arabic, domestic, victim at the door");

        var acknowledged = line.sim.awaitPhone(officer, p -> p.inboxBodies().stream()
                .anyMatch(b -> b.contains("Arabic")), PATIENCE);
        RequestOpened opened = line.events.await(RequestOpened.class,
                e -> officer.equals(e.requesterPhone()) && e.channel() == Channel.SMS, PATIENCE);
        assertThat(acknowledged.inboxBodies()).anyMatch(b -> b.contains(opened.reference()));
        String conference = "req-" + opened.requestId();
        line.sim.awaitConference(conference, c -> c.phoneNumbers().containsAll(List.of(officer, omar)), PATIENCE);
        assertThat(line.sim.phone(officer).calls()).isNotEmpty();
        assertThat(line.sim.phone(omar).heard()).anyMatch(said -> said.contains(
                "This call may involve domestic violence.") && said.contains("victim at the door"));
    }

    @Test
    void aDeclineAndARingOutMoveTheRequestOnInTierThenLongestIdleOrder() {
        String officer = "+14125550103";
        String first = "+14125550203";   // tier 1, idle longest: offered first, presses 2
        String second = "+14125550204";  // tier 1: lets it ring out
        String third = "+14125550205";   // tier 2: accepts
        line.responder("Officer Lopez", officer, "Pittsburgh Fire");
        line.sim.configurePhone(first, "Bishnu", Behaviour.ANSWER, 200, "2", false);
        line.sim.configurePhone(second, "Sita", Behaviour.NO_ANSWER, null, null, false);
        line.sim.configurePhone(third, "Kamal", Behaviour.ANSWER, 200, "1", false);
        String bishnu = line.availableInterpreter("Bishnu", first, List.of("ne"), 1);
        String kamal = line.availableInterpreter("Kamal", third, List.of("ne"), 2);
        String sita = line.availableInterpreter("Sita", second, List.of("ne"), 1);

        String officerCall = line.sim.dial(officer);
        line.pressOnceAnswered(officer, "4"); // Nepali is 4 on the menu

        RequestOpened opened = line.events.await(RequestOpened.class,
                e -> officerCall.equals(e.requesterCallSid()), PATIENCE);
        line.sim.awaitConference("req-" + opened.requestId(),
                c -> c.phoneNumbers().containsAll(List.of(officer, third)), PATIENCE);

        List<OfferMade> offers = line.events.all(OfferMade.class, o -> o.requestId().equals(opened.requestId()));
        assertThat(offers).extracting(OfferMade::interpreterId).containsExactly(bishnu, sita, kamal);
        assertThat(offers).extracting(OfferMade::attempt).containsExactly(1, 2, 3);
        OfferAnswered declined = line.events.await(OfferAnswered.class,
                a -> a.offerId().equals(offers.get(0).offerId()), PATIENCE);
        assertThat(declined.answer()).isEqualTo(OfferAnswered.Answer.DECLINED);
        OfferNotAnswered rangOut = line.events.await(OfferNotAnswered.class,
                a -> a.offerId().equals(offers.get(1).offerId()), PATIENCE);
        assertThat(rangOut.outcome()).isEqualTo(OfferNotAnswered.Outcome.NO_ANSWER);
        line.events.await(RequestAssigned.class, a -> a.requestId().equals(opened.requestId())
                && a.interpreterId().equals(kamal), PATIENCE);
        // never overlapping: each offer was made only after the previous one had its answer (one machine, one clock)
        assertThat(offers.get(1).occurredAt()).isAfterOrEqualTo(declined.occurredAt());
        assertThat(offers.get(2).occurredAt()).isAfterOrEqualTo(rangOut.occurredAt());
    }

    @Test
    void anInterpreterWhoKnowsThePersonPressesThree_theNextIsOfferedAtOnce_andTheirRecordShowsNoMiss() {
        String officer = "+14125550110";
        String knows = "+14125550215";  // tier 1: offered first, knows the person, presses 3
        String other = "+14125550216";  // tier 2: accepts
        line.responder("Officer Novak", officer, "Pittsburgh Police");
        line.sim.configurePhone(officer, "Officer Novak", Behaviour.ANSWER, 300, null, false); // answers the call-back
        line.sim.configurePhone(knows, "Dawit", Behaviour.ANSWER, 200, "3", false);
        line.sim.configurePhone(other, "Selam", Behaviour.ANSWER, 200, "1", false);
        String dawit = line.availableInterpreter("Dawit", knows, List.of("ti"), 1);
        String selam = line.availableInterpreter("Selam", other, List.of("ti"), 2);

        line.sim.sms(officer, "Tigrinya");
        RequestOpened opened = line.events.await(RequestOpened.class,
                e -> officer.equals(e.requesterPhone()) && e.language().equals("ti"), PATIENCE);
        line.sim.awaitConference("req-" + opened.requestId(),
                c -> c.phoneNumbers().containsAll(List.of(officer, other)), PATIENCE);

        assertThat(line.sim.phone(knows).heardText("3 if you know this person")).isTrue();
        assertThat(line.sim.phone(knows).heardText("Another interpreter will take it")).isTrue();
        List<OfferMade> offers = line.events.all(OfferMade.class, o -> o.requestId().equals(opened.requestId()));
        assertThat(offers).extracting(OfferMade::interpreterId).containsExactly(dawit, selam);
        assertThat(line.events.await(OfferAnswered.class, a -> a.offerId().equals(offers.getFirst().offerId()),
                PATIENCE).answer()).isEqualTo(OfferAnswered.Answer.CONFLICT);

        JsonNode record = line.awaitStatus(opened.requestId(), "CONNECTED");
        assertThat(record.path("timeline").valueStream().map(s -> s.path("summary").asString()))
                .anyMatch(summary -> summary.contains("conflict of interest"));
        JsonNode excused = line.rosterAdmin.ok("GET", "/api/interpreters/" + dawit, null);
        assertThat(excused.path("status").asString()).isEqualTo("AVAILABLE");
        assertThat(excused.path("missedInARow").asInt()).isZero();
    }

    @Test
    void withOneSwahiliInterpreterFreeTheSecondRequestWaitsInsteadOfDoubleBooking() {
        String officerA = "+14125550104";
        String officerB = "+14125550105";
        String juma = "+14125550206";
        line.responder("Officer Ade", officerA, "Allegheny County Police");
        line.responder("Officer Brown", officerB, "Allegheny County Police");
        line.sim.configurePhone(juma, "Juma", Behaviour.MANUAL, null, null, false); // rings and rings: the first offer stays open
        String jumaId = line.availableInterpreter("Juma", juma, List.of("sw"), 1);

        line.sim.sms(officerA, "Swahili");
        RequestOpened first = line.events.await(RequestOpened.class,
                e -> officerA.equals(e.requesterPhone()), PATIENCE);
        line.events.await(OfferMade.class, o -> o.requestId().equals(first.requestId()), PATIENCE);
        line.sim.sms(officerB, "swahili please");
        RequestOpened second = line.events.await(RequestOpened.class,
                e -> officerB.equals(e.requesterPhone()), PATIENCE);

        RequestQueued queued = line.events.await(RequestQueued.class,
                q -> q.requestId().equals(second.requestId()), PATIENCE);
        assertThat(queued.position()).isEqualTo(1);
        assertThat(line.events.all(OfferMade.class, o -> o.interpreterId().equals(jumaId)))
                .extracting(OfferMade::requestId).containsExactly(first.requestId());
        line.sim.sms(officerA, "CANCEL");
        line.sim.sms(officerB, "CANCEL");
    }

    @Test
    void aForgedWebhookIsRefusedAndPublishesNothing() throws Exception {
        int before = line.events.entries().size();
        Map<String, String> call = Map.of("CallSid", "CAforged0000000000000000000000000", "From", "+14125550199",
                "To", LineUnderTest.LINE_NUMBER, "Digits", "1", "Body", "spanish", "MessageSid", "SMforged",
                "CallStatus", "completed");
        List<String> webhooks = List.of(
                line.dispatch.url() + "/twilio/voice",
                line.dispatch.url() + "/twilio/voice/language?attempt=1",
                line.dispatch.url() + "/twilio/voice/status",
                line.dispatch.url() + "/twilio/sms",
                line.notification.url() + "/twilio/offer?offerId=forged",
                line.notification.url() + "/twilio/offer/answer?offerId=forged",
                line.notification.url() + "/twilio/offer/status?offerId=forged",
                line.notification.url() + "/twilio/conference?requestId=forged");

        for (String url : webhooks) {
            HttpResponse<String> forged = SignedWebhook.post(url, call, "bm90IGEgc2lnbmF0dXJl");
            HttpResponse<String> unsigned = SignedWebhook.post(url, call, null);
            HttpResponse<String> wrongToken = SignedWebhook.post("not-the-token", url, url, call);
            assertThat(List.of(forged.statusCode(), unsigned.statusCode(), wrongToken.statusCode()))
                    .as(url).containsOnly(403);
        }

        // anything published would have reached the log within this time (it is read continuously); the line is
        // shared, so other classes' calls may still be ending: only what the forged webhooks carried counts
        Awaitility.await("nothing published after the forged webhooks").during(Duration.ofMillis(1500))
                .atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(100))
                .until(() -> line.events.entries().subList(before, line.events.entries().size()).stream()
                        .map(e -> e.event().toString()).noneMatch(e -> e.contains("forged")
                                || e.contains("+14125550199")));
    }

    @Test
    void twiliosRetriedWebhookOpensNoSecondRequest() {
        String officer = "+14125550106";
        String li = "+14125550207";
        line.responder("Officer Chen", officer, "Pittsburgh Police");
        line.sim.configurePhone(li, "Li Wei", Behaviour.ANSWER, 200, "1", false);
        line.availableInterpreter("Li Wei", li, List.of("zh"), 1);
        line.sim.duplicateNext("/twilio/voice/language");

        String officerCall = line.sim.dial(officer);
        line.pressOnceAnswered(officer, "3"); // Chinese

        RequestOpened opened = line.events.await(RequestOpened.class,
                e -> officerCall.equals(e.requesterCallSid()), PATIENCE);
        line.sim.awaitConference("req-" + opened.requestId(),
                c -> c.phoneNumbers().containsAll(List.of(officer, li)), PATIENCE);
        assertThat(line.sim.webhookLog()).filteredOn(w -> w.url().contains("/twilio/voice/language")
                && officerCall.equals(w.params().get("CallSid"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(line.events.all(RequestOpened.class, e -> officerCall.equals(e.requesterCallSid())))
                .extracting(RequestOpened::requestId).containsOnly(opened.requestId());
        assertThat(line.events.all(OfferMade.class, o -> o.requestId().equals(opened.requestId()))).hasSize(1);
    }

}
