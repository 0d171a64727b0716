package org.interpreterline.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.interpreterline.events.Channel;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.notification.OfferAnswered;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.roster.RequestAssigned;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.simulator.phones.PhoneCallState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An officer calls the line, presses 1 for Spanish, and ends up in one conference with a Spanish interpreter. */
class VoiceRequestIT {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String OFFICER = "+14125550101";
    static final String ANA = "+14125550201";

    static LineUnderTest line;

    @BeforeAll
    static void startTheLine() throws Exception {
        line = LineUnderTest.start("voice");
        line.responder("Officer Diaz", OFFICER, "Pittsburgh Police");
        line.sim.configurePhone(ANA, "Ana Ruiz", Behaviour.ANSWER, 300, "1", false);
        line.availableInterpreter("Ana Ruiz", ANA, List.of("es"), 1);
    }

    @AfterAll
    static void stopTheLine() throws Exception {
        if (line != null) {
            line.close();
        }
    }

    @Test
    void officerPressesOneAndIsBridgedWithTheSpanishInterpreter() {
        String officerCall = line.sim.dial(OFFICER);
        line.sim.awaitPhone(OFFICER, p -> p.waitingForInput() && p.heardText("For Spanish, press 1"), PATIENCE);

        line.sim.press(OFFICER, "1");

        line.sim.awaitPhone(OFFICER, p -> p.heardText("Spanish interpreter"), PATIENCE);
        RequestOpened opened = line.events.await(RequestOpened.class,
                e -> officerCall.equals(e.requesterCallSid()), PATIENCE);
        assertThat(opened.language()).isEqualTo("es");
        assertThat(opened.channel()).isEqualTo(Channel.VOICE);

        String conference = "req-" + opened.requestId();
        line.sim.awaitConference(conference, c -> c.phoneNumbers().containsAll(List.of(OFFICER, ANA)), PATIENCE);
        assertThat(line.sim.phone(ANA).heardText("Spanish interpreter needed for Pittsburgh Police")).isTrue();
        assertThat(line.sim.phone(OFFICER).callState()).isEqualTo(PhoneCallState.IN_CONFERENCE);
        assertThat(line.sim.phone(ANA).callState()).isEqualTo(PhoneCallState.IN_CONFERENCE);

        OfferMade offer = line.events.await(OfferMade.class, e -> e.requestId().equals(opened.requestId()), PATIENCE);
        assertThat(offer.interpreterPhone()).isEqualTo(ANA);
        line.events.await(OfferAnswered.class, e -> e.offerId().equals(offer.offerId())
                && e.answer() == OfferAnswered.Answer.ACCEPTED, PATIENCE);
        line.events.await(RequestAssigned.class, e -> e.requestId().equals(opened.requestId()), PATIENCE);

        JsonNode record = line.dispatchAdmin.ok("GET", "/api/requests/" + opened.requestId(), null);
        assertThat(record.path("status").asString()).isEqualTo("CONNECTED");
        List<String> steps = record.path("timeline").valueStream().map(s -> s.path("type").asString()).toList();
        assertThat(steps).containsSubsequence("RequestOpened", "OfferMade", "OfferAnswered", "RequestAssigned",
                "ParticipantJoined");
        assertThat(record.path("timeline").valueStream().allMatch(s -> !s.path("at").isMissingNode())).isTrue();
    }
}
