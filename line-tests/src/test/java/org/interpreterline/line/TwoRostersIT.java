package org.interpreterline.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.simulator.phones.CallSummary;
import org.interpreterline.simulator.phones.InboxMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Two agencies on one line: the police on the line's own number and EMS on a number of its own
 * ({@code LINE_ROSTER_NUMBERS}, {@link SharedLine#EMS_NUMBER}). Ana interprets Spanish for both, Bob for the police
 * only. A text to the EMS number opens an EMS request, answered and called back from the EMS number; it is offered
 * only to EMS interpreters, so while Ana is on an EMS call a second EMS request waits rather than ring Bob; a police
 * request meanwhile goes to Bob. Ana, shared by both rosters, is never booked twice: she takes the waiting EMS
 * request only once her call is over.
 */
@ExtendWith(SharedLine.class)
class TwoRostersIT {

    static final Duration PATIENCE = Duration.ofSeconds(40);

    static LineUnderTest line;

    @BeforeAll
    static void joinTheSharedLine(LineUnderTest shared) {
        line = shared;
    }

    @Test
    void eachNumberOpensRequestsOfItsRoster_offeredOnlyToItsInterpreters_andTheSharedOneIsNeverBookedTwice() {
        String paramedic = "+14125550581";
        String secondParamedic = "+14125550582";
        String officer = "+14125550583";
        String ana = "+14125550591";
        String bob = "+14125550592";
        line.responder("Paramedic Reyes", paramedic, "Allegheny EMS");
        line.responder("Paramedic Novak", secondParamedic, "Allegheny EMS");
        line.responder("Officer Kim", officer, "Pittsburgh Police");
        for (String requester : List.of(paramedic, secondParamedic, officer)) {
            line.sim.configurePhone(requester, requester, Behaviour.ANSWER, 200, null, false);
        }
        line.sim.configurePhone(ana, "Ana Ruiz", Behaviour.ANSWER, 200, "1", false);
        line.sim.configurePhone(bob, "Bob Lima", Behaviour.ANSWER, 200, "1", false);
        String anaId = line.availableInterpreter("Ana Ruiz", ana, List.of("es"), List.of("default", "ems"));
        line.availableInterpreter("Bob Lima", bob, List.of("es"), List.of("default"));

        // a text to the EMS number: an EMS request, which only EMS interpreters are offered
        line.sim.sms(paramedic, SharedLine.EMS_NUMBER, "Spanish");
        RequestOpened first = line.events.await(RequestOpened.class, e -> paramedic.equals(e.requesterPhone()),
                PATIENCE);
        assertThat(first.roster()).isEqualTo("ems");
        line.sim.awaitConference("req-" + first.requestId(), c -> c.phoneNumbers().containsAll(List.of(paramedic, ana)),
                PATIENCE);
        line.awaitStatus(first.requestId(), "CONNECTED");
        assertThat(line.sim.phone(paramedic).inbox()).as("every text to the paramedic comes from the EMS number")
                .isNotEmpty().extracting(InboxMessage::from).containsOnly(SharedLine.EMS_NUMBER);
        assertThat(line.sim.phone(paramedic).calls()).as("the call back comes from the EMS number")
                .extracting(CallSummary::other).containsOnly(SharedLine.EMS_NUMBER);
        assertThat(line.sim.phone(ana).calls()).as("Ana's offer rang from the EMS number")
                .extracting(CallSummary::other).containsExactly(SharedLine.EMS_NUMBER);

        // a second EMS request while Ana is on the first: Bob is free but not on the EMS roster, so it waits
        line.sim.sms(secondParamedic, SharedLine.EMS_NUMBER, "Spanish");
        RequestOpened second = line.events.await(RequestOpened.class,
                e -> secondParamedic.equals(e.requesterPhone()), PATIENCE);
        assertThat(second.roster()).isEqualTo("ems");
        line.awaitStatus(second.requestId(), "QUEUED");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> line.sim.phone(bob).calls().isEmpty());

        // a police request meanwhile: to the line's own number, offered to Bob (Ana is on a call)
        line.sim.sms(officer, "Spanish");
        RequestOpened police = line.events.await(RequestOpened.class, e -> officer.equals(e.requesterPhone()),
                PATIENCE);
        assertThat(police.roster()).isEqualTo("default");
        line.sim.awaitConference("req-" + police.requestId(), c -> c.phoneNumbers().containsAll(List.of(officer, bob)),
                PATIENCE);
        assertThat(line.sim.phone(officer).inbox()).extracting(InboxMessage::from).containsOnly(LineUnderTest.LINE_NUMBER);
        assertThat(line.sim.phone(ana).calls()).as("Ana, on the EMS call, is not offered the police request")
                .hasSize(1);

        // Ana's call ends; after her wrap-up she is offered the EMS request that waited for her
        line.sim.hangup(paramedic);
        line.awaitStatus(first.requestId(), "ENDED");
        line.sim.awaitConference("req-" + second.requestId(),
                c -> c.phoneNumbers().containsAll(List.of(secondParamedic, ana)), PATIENCE);
        JsonNode ems = line.awaitStatus(second.requestId(), "CONNECTED");
        assertThat(ems.path("interpreterId").asString()).isEqualTo(anaId);
        assertThat(ems.path("roster").asString()).isEqualTo("ems");

        // the history and the board per roster: EMS's requests and interpreters only (Bob is on the police call)
        JsonNode emsHistory = line.dispatchAdmin.ok("GET", "/api/requests?roster=ems", null);
        assertThat(emsHistory.findValuesAsString("requestId")).contains(first.requestId(), second.requestId())
                .doesNotContain(police.requestId());
        JsonNode board = line.dispatchAdmin.ok("GET", "/board/figures?roster=ems", null);
        assertThat(board.path("today").path("opened").asInt()).isEqualTo(2);
        assertThat(board.path("today").path("connected").asInt()).isEqualTo(2);
        JsonNode spanish = languageLine(board, "es");
        assertThat(spanish.path("interpreters").path("busy").asInt()).as("Ana, on the second EMS call").isEqualTo(1);

        line.sim.hangup(secondParamedic);
        line.sim.hangup(officer);
        line.awaitStatus(second.requestId(), "ENDED");
        line.awaitStatus(police.requestId(), "ENDED");

        // the minutes per roster: Ana's two EMS calls, not Bob's police one
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString();
        String tomorrow = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(2).toString();
        JsonNode minutes = line.dispatchAdmin.ok("GET", "/api/reports/minutes?from=" + today + "&to=" + tomorrow
                + "&roster=ems", null);
        assertThat(minutes.path("rows").findValuesAsString("interpreterId")).containsOnly(anaId);
        assertThat(minutes.path("total").path("calls").asInt()).isEqualTo(2);
    }

    private static JsonNode languageLine(JsonNode figures, String language) {
        for (JsonNode line : figures.path("languages")) {
            if (language.equals(line.path("language").asString())) {
                return line;
            }
        }
        throw new AssertionError("no line for " + language + " in " + figures);
    }
}
