package org.interpreterline.dispatch.intake;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Pause;
import com.twilio.twiml.voice.Say;
import org.interpreterline.dispatch.DispatchProperties;
import org.interpreterline.dispatch.requests.OpenedRequest;
import org.interpreterline.events.RequestConference;
import org.interpreterline.events.language.Language;
import org.interpreterline.platform.twilio.ConferenceSeat;
import org.interpreterline.platform.twilio.TwilioProperties;
import org.springframework.stereotype.Component;

/**
 * Where the caller waits for the interpreter: the request's conference, not started until the interpreter
 * (the one with {@code startConferenceOnEnter}) joins, ended when the caller hangs up ({@link CallerHangUps}); pressing
 * {@code *} steps out of it to add someone ({@link SteppedOutOfficer}). Conference events go
 * to notification-service, which turns them into {@code ParticipantJoined} and friends.
 */
@Component
public class WaitingRoomTwiml {

    static final String HOLD_PATH = "/twilio/voice/hold";
    static final String STEPPED_OUT_PATH = "/twilio/voice/stepped-out";
    static final String FLAG_HINT = "If this call may involve domestic violence, a child or a death, press star to "
            + "warn the interpreter.";
    private static final int HOLD_PAUSE_SECONDS = 10;

    private final TwilioProperties twilio;
    private final String notificationPublicUrl;

    public WaitingRoomTwiml(TwilioProperties twilio, DispatchProperties props) {
        this.twilio = twilio;
        this.notificationPublicUrl = props.notificationPublicUrl();
    }

    public VoiceResponse join(OpenedRequest request) {
        return rejoin(request.requestId(), opened(request) + " Please stay on the line. " + FLAG_HINT);
    }

    /** "Request K 7 Q 2. Finding a Spanish interpreter.": what a caller hears first once their request is open. */
    static String opened(OpenedRequest request) {
        String finding = request.sameInterpreter() ? "Calling your interpreter from last time first."
                : "Finding " + Language.anInterpreterOf(request.language().spokenName()) + ".";
        return "Request " + request.reference().spoken() + ". " + finding;
    }

    /** Back into the request's conference after {@code words} (none when blank): after stepping out with {@code *}. */
    public VoiceResponse rejoin(String requestId, String words) {
        VoiceResponse.Builder response = new VoiceResponse.Builder();
        if (words != null && !words.isBlank()) {
            response.say(new Say.Builder(words).build());
        }
        return response.dial(ConferenceSeat.officerSeat(requestId,
                        RequestConference.statusCallbackUrl(notificationPublicUrl, requestId),
                        twilio.publicUrl(HOLD_PATH) + "?requestId=" + requestId,
                        twilio.publicUrl(STEPPED_OUT_PATH) + "?requestId=" + requestId))
                .build();
    }

    /** What the caller hears while waiting; Twilio plays the wait URL in a loop, so the words stay current. */
    public VoiceResponse hold(String words) {
        return new VoiceResponse.Builder()
                .say(new Say.Builder(words).build())
                .pause(new Pause.Builder().length(HOLD_PAUSE_SECONDS).build())
                .build();
    }
}
