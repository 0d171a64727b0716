package org.interpreterline.platform.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.twiml.VoiceResponse;
import org.interpreterline.events.notification.Party;
import org.junit.jupiter.api.Test;

/** Every party's seat in a request's conference, as Twilio reads it. */
class ConferenceSeatTest {

    private static final String CALLBACK = "https://notification.example.org/twilio/conference?requestId=r-1";

    @Test
    void everySeatNamesTheRequestsConference_reportsItsEventsToOneCallback_andSaysWhoItIs() {
        for (Party party : Party.values()) {
            String xml = xml(ConferenceSeat.dial("r-1", CALLBACK, party, true, null));
            assertThat(xml).as(party.name())
                    .contains(">req-r-1</Conference>")
                    .contains("statusCallback=\"" + CALLBACK + "\"")
                    .contains("statusCallbackEvent=\"start end join leave\"")
                    .contains("statusCallbackMethod=\"POST\"")
                    .contains("participantLabel=\"" + party.name().toLowerCase() + "\"");
        }
    }

    @Test
    void theOfficerAndTheInterpreterEndTheConferenceOnLeaving_anAddedResidentAndASecondInterpreterDoNot() {
        assertThat(xml(ConferenceSeat.dial("r-1", CALLBACK, Party.REQUESTER, false, null)))
                .contains("endConferenceOnExit=\"true\"").contains("startConferenceOnEnter=\"false\"");
        assertThat(xml(ConferenceSeat.dial("r-1", CALLBACK, Party.INTERPRETER, true, null)))
                .contains("endConferenceOnExit=\"true\"").contains("startConferenceOnEnter=\"true\"");
        assertThat(xml(ConferenceSeat.dial("r-1", CALLBACK, Party.RESIDENT, true, null)))
                .contains("endConferenceOnExit=\"false\"");
        assertThat(xml(ConferenceSeat.dial("r-1", CALLBACK, Party.RELAY, true, null)))
                .contains("endConferenceOnExit=\"false\"").contains("participantLabel=\"relay\"");
    }

    @Test
    void whoWaitsHearsTheWaitUrl_fetchedWithPost() {
        assertThat(xml(ConferenceSeat.dial("r-1", CALLBACK, Party.REQUESTER, false,
                "https://dispatch.example.org/twilio/voice/hold?requestId=r-1")))
                .contains("waitUrl=\"https://dispatch.example.org/twilio/voice/hold?requestId=r-1\"")
                .contains("waitMethod=\"POST\"");
        assertThat(xml(ConferenceSeat.dial("r-1", CALLBACK, Party.INTERPRETER, true, null))).doesNotContain("waitUrl");
    }

    @Test
    void anOfficerWhoCalledLeavesWithStar_toTheSteppedOutUrl_withoutEndingTheConference() {
        String xml = xml(ConferenceSeat.officerSeat("r-1", CALLBACK,
                "https://dispatch.example.org/twilio/voice/hold?requestId=r-1",
                "https://dispatch.example.org/twilio/voice/stepped-out?requestId=r-1"));
        assertThat(xml).contains("hangupOnStar=\"true\"")
                .contains("action=\"https://dispatch.example.org/twilio/voice/stepped-out?requestId=r-1\"")
                .contains("endConferenceOnExit=\"false\"").contains("startConferenceOnEnter=\"false\"")
                .contains("participantLabel=\"requester\"").contains(">req-r-1</Conference>")
                .contains("waitUrl=\"https://dispatch.example.org/twilio/voice/hold?requestId=r-1\"");
    }

    private static String xml(com.twilio.twiml.voice.Dial dial) {
        return new VoiceResponse.Builder().dial(dial).build().toXml();
    }
}
