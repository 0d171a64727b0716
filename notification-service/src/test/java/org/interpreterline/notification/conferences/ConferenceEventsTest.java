package org.interpreterline.notification.conferences;

import static org.assertj.core.api.Assertions.assertThat;

import org.interpreterline.events.Channel;
import org.interpreterline.events.notification.ConferenceEnded;
import org.interpreterline.events.notification.ParticipantJoined;
import org.interpreterline.events.notification.ParticipantLeft;
import org.interpreterline.events.notification.Party;
import org.interpreterline.notification.Fixtures;
import org.interpreterline.notification.Replays;
import org.interpreterline.notification.kafka.EventMemory;
import org.interpreterline.notification.offers.LiveOffers;
import org.interpreterline.notification.requests.Requests;
import org.junit.jupiter.api.Test;

class ConferenceEventsTest {

    private final LiveOffers offers = new LiveOffers(Fixtures.CLOCK, Fixtures.props().lookBack());
    private final Requests requests = new Requests(Fixtures.CLOCK, Fixtures.props().lookBack());
    private final Fixtures.Published published = new Fixtures.Published();
    private final ConferenceEvents conference = new ConferenceEvents(requests, offers, published, new Replays(),
            Fixtures.props(), Fixtures.CLOCK);

    @Test
    void joinsAndLeavesCarryThePartyFromTheLabelAndRetriesAreDropped() {
        conference.event("r1", "participant-join", "CF1", "req-r1", "CA1", "interpreter");
        conference.event("r1", "participant-join", "CF1", "req-r1", "CA1", "interpreter");
        conference.event("r1", "participant-join", "CF1", "req-r1", "CA2", "requester");
        conference.event("r1", "participant-leave", "CF1", "req-r1", "CA2", "requester");
        conference.event("r1", "conference-end", "CF1", "req-r1", null, null);
        conference.event("r1", "conference-end", "CF1", "req-r1", null, null);

        assertThat(published.of(ParticipantJoined.class)).extracting(ParticipantJoined::party)
                .containsExactly(Party.INTERPRETER, Party.REQUESTER);
        assertThat(published.of(ParticipantJoined.class).getFirst()).satisfies(e -> {
            assertThat(e.requestId()).isEqualTo("r1");
            assertThat(e.conferenceName()).isEqualTo("req-r1");
            assertThat(e.conferenceSid()).isEqualTo("CF1");
            assertThat(e.callSid()).isEqualTo("CA1");
        });
        assertThat(published.of(ParticipantLeft.class)).singleElement()
                .satisfies(e -> assertThat(e.party()).isEqualTo(Party.REQUESTER));
        assertThat(published.of(ConferenceEnded.class)).hasSize(1);
        assertThat(published.events).hasSize(4);
    }

    @Test
    void withoutALabelAnOfferLegIsTheInterpreter() {
        new EventMemory(offers, requests).remember(Fixtures.offer("r1", "o1", Channel.VOICE));
        offers.callProgressed("o1", "CA-offer", null);

        conference.event("r1", "participant-join", "CF1", null, "CA-offer", null);
        conference.event("r1", "participant-join", "CF1", null, "CA-officer", null);

        assertThat(published.of(ParticipantJoined.class)).extracting(ParticipantJoined::party)
                .containsExactly(Party.INTERPRETER, Party.REQUESTER);
        assertThat(published.of(ParticipantJoined.class).getFirst().conferenceName()).isEqualTo("req-r1");
    }

    @Test
    void theStartIsOnlyLogged() {
        conference.event("r1", "conference-start", "CF1", "req-r1", null, null);

        assertThat(published.events).isEmpty();
    }
}
