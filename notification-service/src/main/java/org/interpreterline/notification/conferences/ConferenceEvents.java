package org.interpreterline.notification.conferences;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.interpreterline.events.RequestConference;
import org.interpreterline.events.calls.ConferenceReported;
import org.interpreterline.notification.NotificationProperties;
import org.interpreterline.notification.calls.CallFacts;
import org.interpreterline.platform.twilio.TwimlReplies;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /twilio/conference}: a request's conference reports joins, leaves and its end; the call desk turns
 * each into one event on notification.events (see {@link ConferenceReports}).
 */
@RestController
public class ConferenceEvents {

    private final CallFacts facts;
    private final NotificationProperties props;
    private final Clock clock;

    public ConferenceEvents(CallFacts facts, NotificationProperties props, Clock clock) {
        this.facts = facts;
        this.props = props;
        this.clock = clock;
    }

    @PostMapping(RequestConference.STATUS_CALLBACK_PATH)
    public ResponseEntity<String> event(@RequestParam String requestId,
            @RequestParam(name = "StatusCallbackEvent", required = false) String event,
            @RequestParam(name = "ConferenceSid", required = false) String conferenceSid,
            @RequestParam(name = "FriendlyName", required = false) String friendlyName,
            @RequestParam(name = "CallSid", required = false) String callSid,
            @RequestParam(name = "ParticipantLabel", required = false) String label,
            @RequestParam(name = "ParticipantCallStatus", required = false) String participantCallStatus) {
        String kind = event == null ? "" : event.toLowerCase(Locale.ROOT);
        facts.publish(new ConferenceReported(UUID.randomUUID(), clock.instant(), props.rosterId(), requestId, kind,
                conferenceSid, friendlyName, callSid, label, participantCallStatus == null ? null
                : participantCallStatus.toLowerCase(Locale.ROOT)));
        return TwimlReplies.noContent();
    }
}
