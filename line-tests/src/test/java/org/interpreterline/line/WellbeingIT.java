package org.interpreterline.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.interpreterline.events.CallFlag;
import org.interpreterline.events.Channel;
import org.interpreterline.events.RequestConference;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.simulator.phones.Behaviour;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The roster looks after its interpreters, through the services and the broker: after a tough call (here one is
 * enough, {@link SharedLine#ENV}) an interpreter first in the usual order is passed over for flagged calls while
 * someone else can take them, yet offered one when nobody else is free; and at night (all day on the shared line)
 * the interpreter with fewer night calls is offered first although the other has waited longer. The coordinator's
 * wellbeing report counts the same calls. Each scenario has its own language and phones.
 */
@ExtendWith(SharedLine.class)
class WellbeingIT {

    static final Duration PATIENCE = Duration.ofSeconds(40);

    static LineUnderTest line;

    @BeforeAll
    static void joinTheSharedLine(LineUnderTest shared) {
        line = shared;
    }

    @Test
    void afterAToughCallAnInterpreterIsPassedOverForFlaggedCalls_unlessNobodyElseIsFree() {
        String first = "+14125550801";
        String second = "+14125550802";
        String third = "+14125550803";
        String amina = "+14125550811"; // tier 1: first in the usual order
        String farah = "+14125550812"; // tier 2
        for (String officer : List.of(first, second, third)) {
            line.responder("Officer " + officer.substring(8), officer, "Pittsburgh Police");
            line.sim.configurePhone(officer, "Officer " + officer.substring(8), Behaviour.ANSWER, 300, null, false);
        }
        line.sim.configurePhone(amina, "Amina", Behaviour.ANSWER, 200, "1", false);
        line.sim.configurePhone(farah, "Farah", Behaviour.ANSWER, 200, "1", false);
        String aminaId = line.availableInterpreter("Amina", amina, List.of("fa"), 1);
        String farahId = line.availableInterpreter("Farah", farah, List.of("fa"), 2);

        RequestOpened domestic = textedRequest(first, "Farsi, domestic violence, victim at the door");
        assertThat(domestic.flags()).containsExactly(CallFlag.DOMESTIC_VIOLENCE);
        bridged(domestic, first, amina);
        line.sim.hangup(first);
        line.awaitStatus(domestic.requestId(), "ENDED");
        JsonNode rested = wellbeingOf(aminaId, row -> row.path("resting").asBoolean()
                && "AVAILABLE".equals(row.path("status").asString()));
        assertThat(rested.path("toughCalls").asInt()).isEqualTo(1);
        assertThat(wellbeingOf(farahId, row -> true).path("resting").asBoolean()).isFalse();

        // Amina is free and first in the usual order, but the next flagged call is Farah's
        RequestOpened child = textedRequest(second, "Farsi, a child saw it");
        assertThat(child.flags()).containsExactly(CallFlag.CHILD);
        bridged(child, second, farah);
        assertThat(offeredTo(child)).containsExactly(farahId);

        // Farah is on her call: an officer is never left waiting for the rule's sake
        RequestOpened death = textedRequest(third, "Farsi, death notification");
        bridged(death, third, amina);
        assertThat(offeredTo(death)).containsExactly(aminaId);

        line.sim.hangup(second);
        line.sim.hangup(third);
    }

    @Test
    void atNightTheInterpreterWithFewerNightCallsIsOfferedFirst_thoughTheOtherHasWaitedLonger() {
        String officer = "+14125550821";
        String kofi = "+14125550831"; // tier 1, takes the first two calls
        String yaw = "+14125550832";  // tier 1, comes on after them
        line.responder("Officer Mensah", officer, "Pittsburgh Fire");
        line.sim.configurePhone(officer, "Officer Mensah", Behaviour.ANSWER, 300, null, false);
        line.sim.configurePhone(kofi, "Kofi", Behaviour.ANSWER, 200, "1", false);
        line.sim.configurePhone(yaw, "Yaw", Behaviour.ANSWER, 200, "1", false);
        String kofiId = line.availableInterpreter("Kofi", kofi, List.of("ak"), 1);

        for (int call = 1; call <= 2; call++) {
            RequestOpened request = textedRequest(officer, "Twi");
            bridged(request, officer, kofi);
            line.sim.hangup(officer);
            line.awaitStatus(request.requestId(), "ENDED");
            int nightCalls = call;
            wellbeingOf(kofiId, row -> row.path("nightCalls").asInt() == nightCalls
                    && "AVAILABLE".equals(row.path("status").asString()));
        }
        // Yaw comes on now: Kofi, free since before, has waited longer and would be offered first by day
        String yawId = line.availableInterpreter("Yaw", yaw, List.of("ak"), 1);
        assertThat(wellbeingOf(yawId, row -> true).path("nightCalls").asInt()).isZero();

        RequestOpened third = textedRequest(officer, "Twi");
        bridged(third, officer, yaw);
        assertThat(offeredTo(third)).containsExactly(yawId);
        line.sim.hangup(officer);
        line.awaitStatus(third.requestId(), "ENDED");
        assertThat(wellbeingOf(yawId, row -> row.path("nightCalls").asInt() == 1).path("toughCalls").asInt())
                .isZero();
    }

    /** The officer texts; the request their text opened (a later one than any before from the same phone). */
    private static RequestOpened textedRequest(String officer, String text) {
        List<String> before = line.events.all(RequestOpened.class, e -> officer.equals(e.requesterPhone())).stream()
                .map(RequestOpened::requestId).toList();
        line.sim.sms(officer, text);
        return line.events.await(RequestOpened.class, e -> officer.equals(e.requesterPhone())
                && e.channel() == Channel.SMS && !before.contains(e.requestId()), PATIENCE);
    }

    /** The officer (called back) and the interpreter meet in the request's conference, and the record says so. */
    private static void bridged(RequestOpened request, String officer, String interpreter) {
        line.sim.awaitConference(RequestConference.nameOf(request.requestId()),
                c -> c.phoneNumbers().containsAll(List.of(officer, interpreter)), PATIENCE);
        line.awaitStatus(request.requestId(), "CONNECTED");
    }

    private static List<String> offeredTo(RequestOpened request) {
        return line.events.all(OfferMade.class, o -> o.requestId().equals(request.requestId())).stream()
                .map(OfferMade::interpreterId).toList();
    }

    /** The interpreter's row of the coordinator's wellbeing report, once it satisfies the condition. */
    private static JsonNode wellbeingOf(String interpreterId, Predicate<JsonNode> condition) {
        return Awaitility.await("wellbeing of " + interpreterId).atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    for (JsonNode row : line.rosterAdmin.ok("GET", "/api/interpreters/wellbeing", null)
                            .path("interpreters")) {
                        if (interpreterId.equals(row.path("interpreterId").asString())) {
                            return row;
                        }
                    }
                    return null;
                }, row -> row != null && condition.test(row));
    }
}
