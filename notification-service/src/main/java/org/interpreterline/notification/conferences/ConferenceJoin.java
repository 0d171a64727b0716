package org.interpreterline.notification.conferences;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.voice.Conference;
import com.twilio.twiml.voice.Dial;
import java.util.List;
import java.util.Locale;
import org.interpreterline.events.notification.Party;

/**
 * The {@code <Dial><Conference>} that puts one party into a request's conference. Both parties end it on
 * leaving (nobody should stay alone in it), and every join, leave, start and end comes back to
 * {@code /twilio/conference} labelled with who it is.
 */
public final class ConferenceJoin {

    private ConferenceJoin() {
    }

    /**
     * @param startsConference whether the conference begins when this party enters (the one who waits
     *                         hears {@code waitUrl} until the other arrives)
     * @param waitUrl          what the waiting party hears, null for Twilio's default
     */
    public static Dial dial(String conferenceName, String statusCallbackUrl, Party party, boolean startsConference,
            String waitUrl) {
        Conference.Builder conference = new Conference.Builder(conferenceName)
                .startConferenceOnEnter(startsConference)
                .endConferenceOnExit(true)
                .statusCallback(statusCallbackUrl)
                .statusCallbackMethod(HttpMethod.POST)
                .statusCallbackEvents(List.of(Conference.Event.START, Conference.Event.END, Conference.Event.JOIN,
                        Conference.Event.LEAVE))
                .participantLabel(label(party));
        if (waitUrl != null) {
            conference.waitUrl(waitUrl).waitMethod(HttpMethod.POST);
        }
        return new Dial.Builder().conference(conference.build()).build();
    }

    public static String label(Party party) {
        return party.name().toLowerCase(Locale.ROOT);
    }
}
