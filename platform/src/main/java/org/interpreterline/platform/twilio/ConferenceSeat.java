package org.interpreterline.platform.twilio;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.voice.Conference;
import com.twilio.twiml.voice.Dial;
import java.util.List;
import java.util.Locale;
import org.interpreterline.events.RequestConference;
import org.interpreterline.events.notification.Party;

/**
 * The {@code <Dial><Conference>} that seats one party in a request's conference, for every service that puts someone
 * in it: dispatch-service the caller from its menu, notification-service the interpreter, a called-back requester
 * and an added resident. One builder, so every seat names the same conference, reports the same events to the same
 * callback, and is labelled with who it is (how {@code /twilio/conference} tells the parties apart). The requester and
 * the interpreter end the conference on leaving (nobody should stay alone in it); an added resident and a relay
 * interpreter (the second one of a call, {@code ALSO}) leave with them and end nothing. An officer who called the line sits in an {@link #officerSeat} instead, from which they
 * can step out with {@code *} without ending the call.
 */
public final class ConferenceSeat {

    private static final List<Conference.Event> REPORTED = List.of(Conference.Event.START, Conference.Event.END,
            Conference.Event.JOIN, Conference.Event.LEAVE);

    private ConferenceSeat() {
    }

    /**
     * @param statusCallbackUrl notification-service's {@link RequestConference#STATUS_CALLBACK_PATH} for the request
     * @param startsConference  whether the conference begins when this party enters (whoever waits hears
     *                          {@code waitUrl} until then)
     * @param waitUrl           what this party hears while waiting, null for Twilio's default
     */
    public static Dial dial(String requestId, String statusCallbackUrl, Party party, boolean startsConference,
            String waitUrl) {
        return new Dial.Builder().conference(conference(requestId, statusCallbackUrl, party, startsConference,
                party == Party.REQUESTER || party == Party.INTERPRETER, waitUrl)).build();
    }

    /**
     * The seat of an officer who called the line: pressing {@code *} takes them out of the conference to
     * {@code steppedOutUrl} (to add someone) while the interpreter stays. Leaving therefore cannot end the conference;
     * the line ends it when the officer's call ends.
     */
    public static Dial officerSeat(String requestId, String statusCallbackUrl, String waitUrl, String steppedOutUrl) {
        return new Dial.Builder()
                .hangupOnStar(true)
                .action(steppedOutUrl)
                .method(HttpMethod.POST)
                .conference(conference(requestId, statusCallbackUrl, Party.REQUESTER, false, false, waitUrl))
                .build();
    }

    private static Conference conference(String requestId, String statusCallbackUrl, Party party,
            boolean startsConference, boolean endsConference, String waitUrl) {
        Conference.Builder conference = new Conference.Builder(RequestConference.nameOf(requestId))
                .startConferenceOnEnter(startsConference)
                .endConferenceOnExit(endsConference)
                .statusCallback(statusCallbackUrl)
                .statusCallbackMethod(HttpMethod.POST)
                .statusCallbackEvents(REPORTED)
                .participantLabel(label(party));
        if (waitUrl != null) {
            conference.waitUrl(waitUrl).waitMethod(HttpMethod.POST);
        }
        return conference.build();
    }

    /** The participant label of a party, as Twilio reports it back with each conference event. */
    public static String label(Party party) {
        return party.name().toLowerCase(Locale.ROOT);
    }
}
