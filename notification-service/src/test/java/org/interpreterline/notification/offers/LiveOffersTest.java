package org.interpreterline.notification.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.interpreterline.events.Channel;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.notification.Fixtures;
import org.interpreterline.notification.offers.Offer.Stage;
import org.junit.jupiter.api.Test;

/** Whether an interpreter is still on the line's call about an offer it took back (parallel ring, second "1"). */
class LiveOffersTest {

    private static final Duration RECENT = Duration.ofMinutes(1);

    private final LiveOffers offers = new LiveOffers(Fixtures.CLOCK, Duration.ofHours(2));

    @Test
    void anInterpreterHearingThatAnOfferWasTakenBackIsBusyUntilThatCallEnds() {
        OfferMade lost = Fixtures.offer("r1", "o1", Channel.VOICE);
        OfferMade next = Fixtures.offer("r2", "o2", Channel.VOICE);
        offers.learn(lost);
        offers.learn(next);
        offers.claimDial("o1");
        offers.callProgressed("o1", "CA1", Stage.ANSWERED);
        assertThat(offers.talkingAboutAnother(next, RECENT)).isFalse(); // the offer still stands: not ours to wait on

        offers.withdraw("o1");
        assertThat(offers.talkingAboutAnother(next, RECENT)).isTrue();
        assertThat(offers.talkingAboutAnother(lost, RECENT)).isFalse();

        offers.claimReport("o1", Stage.ENDED); // Twilio reported the call completed
        assertThat(offers.talkingAboutAnother(next, RECENT)).isFalse();
    }

    @Test
    void aWithdrawnCallThatOnlyRangIsNoReasonToWait_norAnOldOne() {
        OfferMade rang = Fixtures.offer("r1", "o1", Channel.VOICE);
        OfferMade next = Fixtures.offer("r2", "o2", Channel.VOICE);
        offers.learn(rang);
        offers.claimDial("o1");
        offers.callProgressed("o1", "CA1", Stage.RINGING);
        offers.withdraw("o1");
        assertThat(offers.talkingAboutAnother(next, RECENT)).isFalse();

        offers.callProgressed("o1", "CA1", Stage.ACCEPTED);
        assertThat(offers.talkingAboutAnother(next, RECENT)).isTrue();
        assertThat(offers.talkingAboutAnother(next, Duration.ZERO)).isFalse();
    }
}
