package org.interpreterline.roster.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.interpreterline.events.CallFlag;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.events.Priority;
import org.interpreterline.events.dispatch.RequestFlagged;
import org.interpreterline.events.roster.InterpreterStatusChanged;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.roster.RosterEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interpreter wellbeing on scripted days: a flagged call's longer wrap-up, rest from flagged calls after two of them
 * within the hour (unless nobody else can take one), TOUGH counting a call once, and night calls spread among equals.
 */
class WellbeingRulesTest {

    /** Days start at 02:00 UTC: night all day, or none of it. */
    private static final WellbeingPolicy NIGHT = new WellbeingPolicy(Duration.ofMinutes(5), 2, Duration.ofHours(1),
            Duration.ofMinutes(30), LocalTime.of(0, 0), LocalTime.of(23, 59), Duration.ofDays(14), ZoneOffset.UTC);
    private static final WellbeingPolicy DAY = new WellbeingPolicy(Duration.ofMinutes(5), 2, Duration.ofHours(1),
            Duration.ofMinutes(30), LocalTime.of(12, 0), LocalTime.of(13, 0), Duration.ofDays(14), ZoneOffset.UTC);

    @TempDir
    Path stateDir;

    private RosterDriver d;

    @AfterEach
    void close() {
        if (d != null) {
            d.close();
        }
    }

    private RosterDriver driver(WellbeingPolicy wellbeing) {
        d = new RosterDriver(AllocationPolicy.defaults().withWellbeing(wellbeing), stateDir);
        return d;
    }

    private OfferMade offered() {
        List<OfferMade> offers = d.events().stream().filter(OfferMade.class::isInstance).map(OfferMade.class::cast)
                .toList();
        assertThat(offers).hasSize(1);
        return offers.getFirst();
    }

    /** Accepts the offer, talks a minute, hangs up. */
    private void talk(OfferMade offer) {
        d.accept(offer);
        d.advanceSeconds(60);
        d.conferenceEnded(offer.requestId());
    }

    private Exposure exposure(String interpreterId) {
        return d.<String, Exposure>store(AllocatorTopology.EXPOSURE_STORE).get(interpreterId);
    }

    private InterpreterStatus statusAfter(List<RosterEvent> events, String interpreterId) {
        return events.stream().filter(InterpreterStatusChanged.class::isInstance)
                .map(InterpreterStatusChanged.class::cast).filter(s -> s.interpreterId().equals(interpreterId))
                .reduce((a, b) -> b).map(InterpreterStatusChanged::current).orElse(null);
    }

    @Test
    void aFlaggedCallIsOfferedWithItsFlags_andIsFollowedByTheLongerWrapUp() {
        driver(DAY);
        d.on("ana", "Ana Ruiz", 1, "es");
        d.openFlagged("K7Q2", "es", Priority.URGENT, CallFlag.CHILD);
        OfferMade offer = offered();
        assertThat(offer.flags()).containsExactly(CallFlag.CHILD);

        talk(offer);
        d.events();
        d.advanceSeconds(31); // the ordinary wrap-up (30 s) is over
        assertThat(statusAfter(d.events(), "ana")).isNull();
        d.advanceSeconds(5 * 60 - 31);
        assertThat(statusAfter(d.events(), "ana")).isEqualTo(InterpreterStatus.AVAILABLE);
        assertThat(exposure("ana").toughCallsWithin(DAY, d.now())).isEqualTo(1);
    }

    @Test
    void aFlagTheOfficerAddsWhileHoldingGoesWithTheNextOffer_andCountsTowardTheExposure() {
        driver(DAY);
        d.on("ana", "Ana Ruiz", 1, "es");
        d.on("bea", "Bea Soto", 2, "es");
        d.open("K7Q2", "es", Priority.URGENT);
        OfferMade first = offered();
        assertThat(first.flags()).isEmpty();

        d.send(new RequestFlagged(UUID.randomUUID(), d.now(), RosterDriver.ROSTER, "K7Q2",
                List.of(CallFlag.DOMESTIC_VIOLENCE)));
        d.decline(first);
        OfferMade second = offered();
        assertThat(second.interpreterId()).isEqualTo("bea");
        assertThat(second.flags()).containsExactly(CallFlag.DOMESTIC_VIOLENCE);

        talk(second);
        assertThat(exposure("bea").toughCallsWithin(DAY, d.now())).isEqualTo(1);
    }

    @Test
    void afterTwoToughCallsAnInterpreterIsOfferedUnflaggedCallsOnly_unlessNobodyElseCanTakeOne() {
        driver(DAY);
        d.on("ana", "Ana Ruiz", 1, "es");
        for (String request : List.of("R1", "R2")) {
            d.openFlagged(request, "es", Priority.URGENT, CallFlag.DOMESTIC_VIOLENCE);
            talk(offered());
            d.advanceSeconds(5 * 60 + 1);
            d.events();
        }
        assertThat(exposure("ana").resting(DAY, d.now())).isTrue();
        d.on("bea", "Bea Soto", 2, "es"); // a lower tier, idle for less time: never first otherwise
        d.events();

        d.openFlagged("R3", "es", Priority.URGENT, CallFlag.DEATH);
        assertThat(offered().interpreterId()).isEqualTo("bea");
        d.open("R4", "es", Priority.URGENT);
        OfferMade toAna = offered();
        assertThat(toAna.interpreterId()).isEqualTo("ana");

        // Bea is busy: when Ana's offer ends, a flagged call still reaches her rather than nobody
        d.decline(toAna);
        d.events();
        d.openFlagged("R5", "es", Priority.EMERGENCY, CallFlag.CHILD);
        assertThat(offered().interpreterId()).isEqualTo("ana");

        // after the rest, she is offered flagged calls like anyone
        d.advance(Duration.ofMinutes(30));
        assertThat(exposure("ana").resting(DAY, d.now())).isFalse();
    }

    @Test
    void toughCountsTheLatestCallOnce_andLengthensAWrapUpUnderWay() {
        driver(DAY);
        d.on("ana", "Ana Ruiz", 1, "es");
        d.open("K7Q2", "es", Priority.URGENT);
        talk(offered());
        d.events();
        d.advanceSeconds(10);

        d.tough("ana");
        d.redeliver();
        d.tough("ana"); // a second text: the same call, counted once
        assertThat(exposure("ana").toughCallsWithin(DAY, d.now())).isEqualTo(1);
        d.advanceSeconds(25); // past the ordinary wrap-up: still wrapping up
        assertThat(statusAfter(d.events(), "ana")).isNull();
        d.advanceSeconds(5 * 60 - 35);
        assertThat(statusAfter(d.events(), "ana")).isEqualTo(InterpreterStatus.AVAILABLE);
    }

    @Test
    void toughDuringACallCountsItWhenItEnds() {
        driver(DAY);
        d.on("ana", "Ana Ruiz", 1, "es");
        d.open("K7Q2", "es", Priority.URGENT);
        OfferMade offer = offered();
        d.accept(offer);
        d.tough("ana");
        assertThat(exposure("ana").toughCallsWithin(DAY, d.now())).isZero();
        d.conferenceEnded("K7Q2");
        assertThat(exposure("ana").toughCallsWithin(DAY, d.now())).isEqualTo(1);
        d.advanceSeconds(31);
        assertThat(statusAfter(d.events(), "ana")).isEqualTo(InterpreterStatus.WRAP_UP); // still: the longer wrap-up
    }

    @Test
    void atNightTheInterpreterWithFewerRecentNightCallsIsOfferedFirst_byDayWhoeverWaitedLongest() {
        for (WellbeingPolicy rules : List.of(NIGHT, DAY)) {
            driver(rules);
            d.on("ana", "Ana Ruiz", 1, "es");
            d.open("N1", "es", Priority.URGENT);
            talk(offered()); // Ana's one night call, at night
            d.advanceSeconds(31);
            d.on("bea", "Bea Soto", 1, "es");
            d.advanceSeconds(1);
            // Ana back first, Bea a second later: by day Ana has waited longest
            d.setPresence("ana", InterpreterStatus.BREAK);
            d.setPresence("ana", InterpreterStatus.AVAILABLE);
            d.setPresence("bea", InterpreterStatus.BREAK);
            d.advanceSeconds(1);
            d.setPresence("bea", InterpreterStatus.AVAILABLE);
            d.events();

            d.open("N2", "es", Priority.URGENT);
            String expected = rules == NIGHT ? "bea" : "ana";
            assertThat(offered().interpreterId()).as(rules == NIGHT ? "at night" : "by day").isEqualTo(expected);
            close();
            d = null;
        }
    }

    /**
     * Found by the jqwik invariants in CI: a dial Twilio refused freed Bea and escalated the request, which freed Ana
     * too; Ana (one night call) was offered the next waiting request first because Bea had been freed before the
     * escalation placed anyone. Both are now placed together, fewer night calls first.
     */
    @Test
    void atNightAnEscalationThatFreesSeveralOffersTheWaitingRequestToTheOneWithFewerNightCallsFirst() {
        d = new RosterDriver(AllocationPolicy.defaults().withWellbeing(NIGHT).withParallelRing(2)
                .withFallbackNumber("+18005550199"), stateDir);
        d.on("ana", "Ana Ruiz", 1, "es");
        d.open("N1", "es", Priority.URGENT);
        talk(offered()); // Ana's one night call
        d.advanceSeconds(31);
        d.on("bea", "Bea Soto", 1, "es");
        d.events();

        d.open("N2", "es", Priority.URGENT); // rings both
        List<OfferMade> both = d.events().stream().filter(OfferMade.class::isInstance).map(OfferMade.class::cast)
                .toList();
        assertThat(both).extracting(OfferMade::interpreterId).containsExactlyInAnyOrder("ana", "bea");
        d.open("N3", "es", Priority.URGENT); // waits
        d.events();

        d.notAnswered(both.stream().filter(o -> o.interpreterId().equals("bea")).findFirst().orElseThrow(),
                org.interpreterline.events.notification.OfferNotAnswered.Outcome.TWILIO_UNAVAILABLE);
        List<OfferMade> next = d.events().stream().filter(OfferMade.class::isInstance).map(OfferMade.class::cast)
                .filter(o -> o.requestId().equals("N3")).toList();
        assertThat(next).extracting(OfferMade::interpreterId).containsExactly("bea", "ana");
    }
}
