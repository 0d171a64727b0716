package org.interpreterline.notification.conferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.interpreterline.events.Channel;
import org.interpreterline.events.calls.OfferCallProgressed;
import org.interpreterline.events.notification.ConferenceEnded;
import org.interpreterline.events.notification.ParticipantJoined;
import org.interpreterline.events.notification.ParticipantLeft;
import org.interpreterline.events.notification.Party;
import org.interpreterline.notification.CallDeskDriver;
import org.interpreterline.notification.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConferenceEventsTest {

    private final CallDeskDriver desk = new CallDeskDriver();
    private final ConferenceEvents conference = new ConferenceEvents(desk.facts(), Fixtures.props(), Fixtures.CLOCK);

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void joinsAndLeavesCarryThePartyFromTheLabelAndRetriesAreDropped() {
        conference.event("r1", "participant-join", "CF1", "req-r1", "CA1", "interpreter", null);
        conference.event("r1", "participant-join", "CF1", "req-r1", "CA1", "interpreter", null);
        conference.event("r1", "participant-join", "CF1", "req-r1", "CA2", "requester", null);
        conference.event("r1", "participant-leave", "CF1", "req-r1", "CA2", "requester", "completed");
        conference.event("r1", "conference-end", "CF1", "req-r1", null, null, null);
        conference.event("r1", "conference-end", "CF1", "req-r1", null, null, null);

        assertThat(desk.reported(ParticipantJoined.class)).extracting(ParticipantJoined::party)
                .containsExactly(Party.INTERPRETER, Party.REQUESTER);
        assertThat(desk.reported(ParticipantJoined.class).getFirst()).satisfies(e -> {
            assertThat(e.requestId()).isEqualTo("r1");
            assertThat(e.conferenceName()).isEqualTo("req-r1");
            assertThat(e.conferenceSid()).isEqualTo("CF1");
            assertThat(e.callSid()).isEqualTo("CA1");
        });
        assertThat(desk.reported(ParticipantLeft.class)).singleElement()
                .satisfies(e -> assertThat(e.party()).isEqualTo(Party.REQUESTER));
        assertThat(desk.reported(ConferenceEnded.class)).hasSize(1);
        assertThat(desk.reported()).hasSize(4);
    }

    @Test
    void anOfficerWhoSteppedOutWithStarAndCameBackIsHeardLeavingAgainWhenTheyHangUp() {
        desk.dispatch(Fixtures.opened("r1", Channel.VOICE));

        conference.event("r1", "participant-leave", "CF1", "req-r1", "CA2", "requester", "IN-PROGRESS");
        conference.event("r1", "participant-leave", "CF1", "req-r1", "CA2", "requester", "in-progress"); // a retry
        assertThat(desk.phoneWork).doesNotContain("end conference of r1");
        conference.event("r1", "participant-leave", "CF1", "req-r1", "CA2", "requester", "completed");

        assertThat(desk.reported(ParticipantLeft.class)).hasSize(2);
        assertThat(desk.phoneWork).containsOnlyOnce("end conference of r1");
    }

    @Test
    void anOfficerWaitingAloneWhoPressesStarDoesNotEndTheirRequest_thoughTheEmptyConferenceEnds() {
        desk.dispatch(Fixtures.opened("r1", Channel.VOICE));

        conference.event("r1", "participant-join", "CF1", "req-r1", "CA2", "requester", null);
        conference.event("r1", "participant-leave", "CF1", "req-r1", "CA2", "requester", "in-progress");
        conference.event("r1", "conference-end", "CF1", "req-r1", null, null, null);

        assertThat(desk.reported(ConferenceEnded.class)).as("nothing ended for the request").isEmpty();
        assertThat(desk.book().request("r1").orElseThrow().cancelled()).isFalse();

        // once connected, a conference that ends while the officer is out of it (the interpreter left) is the end
        conference.event("r1", "participant-join", "CF2", "req-r1", "CA2", "requester", null);
        conference.event("r1", "participant-join", "CF2", "req-r1", "CA3", "interpreter", null);
        conference.event("r1", "participant-leave", "CF2", "req-r1", "CA2", "requester", "in-progress");
        conference.event("r1", "conference-end", "CF2", "req-r1", null, null, null);

        assertThat(desk.reported(ConferenceEnded.class)).singleElement()
                .satisfies(e -> assertThat(e.conferenceSid()).isEqualTo("CF2"));
    }

    @Test
    void withoutALabelAnOfferLegIsTheInterpreter() {
        desk.roster(Fixtures.offer("r1", "o1", Channel.VOICE));
        desk.fact(new OfferCallProgressed(UUID.randomUUID(), Fixtures.NOW, "default", "o1", "CA-offer", "ringing"));

        conference.event("r1", "participant-join", "CF1", null, "CA-offer", null, null);
        conference.event("r1", "participant-join", "CF1", null, "CA-officer", null, null);

        assertThat(desk.reported(ParticipantJoined.class)).extracting(ParticipantJoined::party)
                .containsExactly(Party.INTERPRETER, Party.REQUESTER);
        assertThat(desk.reported(ParticipantJoined.class).getFirst().conferenceName()).isEqualTo("req-r1");
    }

    @Test
    void theStartIsOnlyLogged() {
        conference.event("r1", "conference-start", "CF1", "req-r1", null, null, null);

        assertThat(desk.reported()).isEmpty();
    }
}
