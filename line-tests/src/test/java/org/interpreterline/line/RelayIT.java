package org.interpreterline.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.simulator.phones.PhoneCallState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Two languages on one call: a Guatemalan resident speaks K'iche' and some Spanish, the officer is on the call with a
 * Spanish interpreter and texts {@code ALSO K'iche'}. A K'iche' interpreter is found the usual way (never the one
 * already on the call), is told it is a call in progress, and joins the same conference; everyone hears that they
 * accepted; the request shows both interpreters; when the officer hangs up both interpreters leave and are freed.
 */
@ExtendWith(SharedLine.class)
class RelayIT {

    static final Duration PATIENCE = Duration.ofSeconds(40);

    static LineUnderTest line;

    @BeforeAll
    static void joinTheSharedLine(LineUnderTest shared) {
        line = shared;
    }

    @Test
    void alsoKicheBringsASecondInterpreterIntoTheCall_andBothLeaveWithTheOfficer() {
        String officer = "+14125550561";
        String spanish = "+14125550571";
        String kiche = "+14125550572";
        line.responder("Officer Chávez", officer, "Pittsburgh Police");
        line.sim.configurePhone(spanish, "Ana Ruiz", Behaviour.ANSWER, 200, "1", false);
        line.sim.configurePhone(kiche, "Rosa Tum", Behaviour.ANSWER, 200, "1", false);
        line.availableInterpreter("Ana Ruiz", spanish, List.of("es"), 1);
        String kicheId = line.availableInterpreter("Rosa Tum", kiche, List.of("quc"), 1);

        RequestOpened opened = line.callsForSpanish(officer);
        String conference = "req-" + opened.requestId();
        line.sim.awaitConference(conference, c -> c.phoneNumbers().containsAll(List.of(officer, spanish)), PATIENCE);
        line.awaitStatus(opened.requestId(), "CONNECTED");

        line.sim.sms(officer, "ALSO K'iche'");
        line.sim.awaitPhone(officer, p -> p.inboxBodies().stream()
                .anyMatch(b -> b.contains("finding a K'iche' interpreter to join your call")), PATIENCE);
        line.sim.awaitPhone(kiche, p -> p.heardText("K'iche' interpreter needed for Pittsburgh Police, emergency, to "
                + "join a call in progress with another interpreter."), PATIENCE);
        line.sim.awaitConference(conference,
                c -> c.phoneNumbers().containsAll(List.of(officer, spanish, kiche)), PATIENCE);
        line.sim.awaitPhone(officer, p -> p.heardText("The K'iche' interpreter has accepted and is joining the call."),
                PATIENCE);

        JsonNode both = line.awaitRequest(opened.requestId(), r -> r.path("relays").size() == 1
                && "CONNECTED".equals(r.path("relays").get(0).path("status").asString()));
        assertThat(both.path("interpreterName").asString()).isEqualTo("Ana Ruiz");
        assertThat(both.path("relays").get(0).path("interpreterName").asString()).isEqualTo("Rosa Tum");
        assertThat(both.path("relays").get(0).path("language").asString()).isEqualTo("quc");

        line.sim.hangup(officer);
        line.awaitStatus(opened.requestId(), "ENDED");
        line.awaitStatus(both.path("relays").get(0).path("requestId").asString(), "ENDED");
        line.sim.awaitPhone(kiche, p -> p.callState() == PhoneCallState.IDLE, PATIENCE);
        await().atMost(PATIENCE).until(() -> !"ON_CALL".equals(
                line.rosterAdmin.ok("GET", "/api/interpreters/" + kicheId, null).path("status").asString()));
    }

    /**
     * Nobody on the roster interprets Mam into English, but someone interprets it into Spanish: the officer texts
     * "Mam via Spanish", and the line finds both at once (never offering the pair to an interpreter of Mam into
     * English), then calls the officer back into the call with both.
     */
    @Test
    void mamViaSpanishFindsAnInterpreterOfMamIntoSpanishAndASpanishOne_forOneCall() {
        String officer = "+14125550562";
        String spanish = "+14125550573";
        String mamIntoSpanish = "+14125550574";
        String mamIntoEnglish = "+14125550575";
        line.responder("Officer Ortiz", officer, "Pittsburgh Police");
        line.sim.configurePhone(officer, "Officer Ortiz", Behaviour.ANSWER, 200, null, false);
        line.sim.configurePhone(spanish, "Luis Paz", Behaviour.ANSWER, 200, "1", false);
        line.sim.configurePhone(mamIntoSpanish, "Eva Mejía", Behaviour.ANSWER, 200, "1", false);
        line.sim.configurePhone(mamIntoEnglish, "Tom Baker", Behaviour.ANSWER, 200, "1", false);
        line.availableInterpreter("Luis Paz", spanish, List.of("es"), 1);
        line.availableInterpreter("Eva Mejía", mamIntoSpanish, List.of("mam>es"), 2);
        line.availableInterpreter("Tom Baker", mamIntoEnglish, List.of("mam"), 1);

        line.sim.sms(officer, "Mam via Spanish");
        RequestOpened pair = line.events.await(RequestOpened.class, e -> "mam>es".equals(e.language())
                && officer.equals(e.requesterPhone()), PATIENCE);
        line.sim.awaitPhone(officer, p -> p.inboxBodies().stream().anyMatch(b -> b.contains("finding a Mam "
                + "interpreter who interprets into Spanish, and a Spanish interpreter for the same call")), PATIENCE);

        String conference = "req-" + pair.requestId();
        line.sim.awaitConference(conference,
                c -> c.phoneNumbers().containsAll(List.of(officer, spanish, mamIntoSpanish)), PATIENCE);
        JsonNode both = line.awaitRequest(pair.requestId(), r -> "CONNECTED".equals(r.path("status").asString())
                && r.path("relays").size() == 1
                && "CONNECTED".equals(r.path("relays").get(0).path("status").asString()));
        assertThat(both.path("interpreterName").asString()).isEqualTo("Eva Mejía");
        assertThat(both.path("relays").get(0).path("interpreterName").asString()).isEqualTo("Luis Paz");
        assertThat(line.sim.phone(mamIntoEnglish).calls()).as("the pair is never offered into English").isEmpty();

        line.sim.hangup(officer);
        line.awaitStatus(pair.requestId(), "ENDED");
        line.awaitStatus(both.path("relays").get(0).path("requestId").asString(), "ENDED");
    }
}
