package org.interpreterline.simulator;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import com.twilio.http.HttpMethod;
import com.twilio.rest.api.v2010.account.Conference;
import org.interpreterline.simulator.conferences.ConferenceView;
import org.interpreterline.simulator.phones.PhoneCallState;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A conference update with AnnounceUrl, through the real SDK: everyone in the conference hears the announcement. */
class ConferenceAnnouncementTest extends SimulatorTest {

    private static final String OFFICER = "+14125550122";
    private static final String INTERPRETER = "+14125550111";
    private static final String ELSEWHERE = "+14125550133";

    /** The officer and the interpreter call the line and meet in {@code room}; a third caller goes elsewhere. */
    private String twoInARoom(String room) {
        line.respond("/twilio/voice", hook -> "<Response><Dial><Conference>%s</Conference></Dial></Response>"
                .formatted(ELSEWHERE.equals(hook.param("From")) ? "another-room" : room));
        sim.dial(OFFICER);
        sim.dial(INTERPRETER);
        return sim.awaitConference(room, c -> c.phoneNumbers().containsAll(List.of(OFFICER, INTERPRETER)), WAIT).sid();
    }

    @Test
    void everyoneInTheConferenceHearsTheAnnouncementAfterTheApiAnswered() {
        String conferenceSid = twoInARoom("announce-room");
        sim.dial(ELSEWHERE);
        sim.awaitPhone(ELSEWHERE, p -> p.callState() == PhoneCallState.IN_CONFERENCE, WAIT);
        line.respondAfter("/announce", Duration.ofSeconds(2), """
                <Response><Say>An interpreter is joining the call.</Say><Play>https://cdn.example/chime.mp3</Play></Response>""");

        Conference updated = Conference.updater(conferenceSid).setAnnounceUrl(URI.create(url("/announce"))).update(twilio);

        assertThat(updated.getSid()).isEqualTo(conferenceSid);
        assertThat(updated.getStatus()).isEqualTo(Conference.Status.IN_PROGRESS);
        assertThat(sim.phone(OFFICER).heard()).as("answered before the announcement's URL did").isEmpty();
        for (String listener : List.of(OFFICER, INTERPRETER)) {
            assertThat(sim.awaitPhone(listener, p -> p.heard().size() == 2, WAIT).heard())
                    .containsExactly("An interpreter is joining the call.", "[audio https://cdn.example/chime.mp3]");
        }
        assertThat(sim.phone(ELSEWHERE).heard()).isEmpty();
        FakeLine.Hook request = line.awaitHook("/announce");
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.params()).containsEntry("AccountSid", ACCOUNT_SID).containsEntry("ConferenceSid", conferenceSid)
                .containsEntry("FriendlyName", "announce-room");
    }

    @Test
    void theAnnouncementUrlCanBeFetchedWithGet() {
        String conferenceSid = twoInARoom("get-room");
        line.respond("/announce", "<Response><Say loop=\"2\">Please stay on the line.</Say></Response>");

        Conference.updater(conferenceSid).setAnnounceUrl(URI.create(url("/announce"))).setAnnounceMethod(HttpMethod.GET)
                .update(twilio);

        assertThat(sim.awaitPhone(INTERPRETER, p -> p.heard().size() == 2, WAIT).heard())
                .containsExactly("Please stay on the line.", "Please stay on the line.");
        FakeLine.Hook request = line.awaitHook("/announce");
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.param("ConferenceSid")).isEqualTo(conferenceSid);
    }

    @Test
    void anAnnouncementThatCannotBeFetchedOrReadIsAConferenceErrorAndNobodyHearsAnything() {
        String conferenceSid = twoInARoom("broken-room");
        line.fail("/announce", 500);
        line.respond("/announce-garbled", "<Response><Say>unclosed</Response>");

        Conference.updater(conferenceSid).setAnnounceUrl(URI.create(url("/announce"))).update(twilio);
        Conference.updater(conferenceSid).setAnnounceUrl(URI.create(url("/announce-garbled"))).update(twilio);

        ConferenceView room = sim.awaitConference("broken-room", c -> c.errors().size() == 2, WAIT);
        assertThat(room.errors()).extracting(e -> e.code()).containsExactly(11200, 12100);
        assertThat(room.errors()).extracting(e -> e.url()).containsExactly(url("/announce"), url("/announce-garbled"));
        assertThat(sim.phone(OFFICER).heard()).isEmpty();
        assertThat(sim.phone(INTERPRETER).heard()).isEmpty();
    }

    @Test
    void anEndedConferenceIsNotAnnouncedTo() {
        String conferenceSid = twoInARoom("ended-room");
        Conference.updater(conferenceSid).setStatus(Conference.UpdateStatus.COMPLETED).update(twilio);
        await().atMost(WAIT).until(() -> sim.phone(OFFICER).callState() == PhoneCallState.IDLE);

        Conference updated = Conference.updater(conferenceSid).setAnnounceUrl(URI.create(url("/announce"))).update(twilio);

        assertThat(updated.getStatus()).isEqualTo(Conference.Status.COMPLETED);
        assertThat(updated.getReasonConferenceEnded()).isEqualTo(Conference.ReasonConferenceEnded.CONFERENCE_ENDED_VIA_API);
        assertThat(line.received("/announce")).isEmpty();
    }
}
