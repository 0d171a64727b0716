package org.interpreterline.notification.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.interpreterline.events.Channel;
import org.interpreterline.events.notification.OfferNotAnswered;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.roster.OfferWithdrawn;
import org.interpreterline.notification.Fixtures;
import org.interpreterline.notification.offers.LiveOffers;
import org.interpreterline.notification.offers.Offer.Stage;
import org.interpreterline.notification.offers.OfferCall;
import org.interpreterline.notification.offers.OfferOutcomes;
import org.interpreterline.notification.requests.Requests;
import org.junit.jupiter.api.Test;

/** The state the webhooks read, as the listener and the start-up rebuild leave it. */
class EventMemoryTest {

    private final LiveOffers offers = new LiveOffers(Fixtures.CLOCK, Fixtures.props().lookBack());
    private final Requests requests = new Requests(Fixtures.CLOCK, Fixtures.props().lookBack());
    private final EventMemory memory = new EventMemory(offers, requests);

    @Test
    void anOfferIsDialledOnceHoweverOftenItArrives() {
        OfferMade made = Fixtures.offer("r1", "o1", Channel.VOICE);
        memory.remember(made);
        memory.remember(made);

        assertThat(offers.claimDial("o1")).isTrue();
        memory.remember(new OfferMade(UUID.randomUUID(), made.occurredAt(), made.rosterId(), made.requestId(),
                made.offerId(), made.interpreterId(), made.interpreterName(), made.interpreterPhone(), made.language(),
                made.agency(), made.priority(), made.note(), made.channel(), made.requesterPhone(),
                made.requesterCallSid(), made.conferenceName(), made.deadline(), made.attempt()));
        assertThat(offers.claimDial("o1")).isFalse();
    }

    @Test
    void rebuiltOffersCountAsDialledAndKeepTheirRequest() {
        memory.recall(Fixtures.opened("r1", Channel.SMS));
        memory.recall(Fixtures.offer("r1", "o1", Channel.SMS));
        memory.recall(Fixtures.offer("r1", "o2", Channel.SMS));
        memory.recall(new OfferWithdrawn(UUID.randomUUID(), Fixtures.NOW, "default", "r1", "o1", "int-ana",
                OfferWithdrawn.Reason.EXPIRED));
        memory.recall(Fixtures.assigned("r1", "o2", Channel.SMS));

        assertThat(offers.claimDial("o2")).isFalse();
        assertThat(offers.find("o1").orElseThrow().live()).isFalse();
        assertThat(offers.find("o2").orElseThrow().live()).isTrue();
        assertThat(offers.find("o2").orElseThrow().stage()).isEqualTo(Stage.DIALLED);
        assertThat(requests.find("r1").orElseThrow()).satisfies(r -> {
            assertThat(r.spokenReference()).isEqualTo("K7Q2");
            assertThat(r.channel()).isEqualTo(Channel.SMS);
            assertThat(r.requesterPhone()).isEqualTo("+14125550122");
            assertThat(r.assignedTo("o2")).isTrue();
        });
    }

    @Test
    void rebuiltOutcomesAreNotReportedAgainAndKeepTheirCallSid() {
        memory.recall(Fixtures.offer("r1", "o1", Channel.VOICE));
        memory.recall(new OfferNotAnswered(UUID.randomUUID(), Fixtures.NOW, "default", "r1", "o1", "int-ana",
                OfferNotAnswered.Outcome.BUSY, "CA1"));

        assertThat(offers.claimReport("o1", Stage.ENDED)).isFalse();
        assertThat(offers.find("o1").orElseThrow().callSid()).isEqualTo("CA1");
        assertThat(offers.find("o1").orElseThrow().live()).isFalse();
    }

    @Test
    void anOfferPastItsDeadlineIsNotDialled() {
        OfferMade late = Fixtures.offer("r1", "o1", Channel.VOICE);
        OfferMade expired = new OfferMade(late.eventId(), late.occurredAt(), late.rosterId(), late.requestId(),
                late.offerId(), late.interpreterId(), late.interpreterName(), late.interpreterPhone(), late.language(),
                late.agency(), late.priority(), late.note(), late.channel(), late.requesterPhone(),
                late.requesterCallSid(), late.conferenceName(), Fixtures.NOW.minusSeconds(1), late.attempt());
        memory.remember(expired);
        // no Twilio client: dialling would fail loudly
        OfferCall call = new OfferCall(offers, new OfferOutcomes(offers, e -> {
            throw new AssertionError("nothing to report");
        }, Fixtures.CLOCK), null, null, Fixtures.props(), Fixtures.CLOCK, null);

        call.dial(expired);

        assertThat(offers.find("o1").orElseThrow().stage()).isEqualTo(Stage.NEW);
    }

    @Test
    void aRequestKnownOnlyFromItsOfferStillHasAReference() {
        memory.remember(Fixtures.offer("6f1c2b7e-0000", "o1", Channel.SMS));

        assertThat(requests.find("6f1c2b7e-0000").orElseThrow().spokenReference()).isEqualTo("6F1C2B");
    }
}
