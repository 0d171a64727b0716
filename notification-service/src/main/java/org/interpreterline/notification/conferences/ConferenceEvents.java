package org.interpreterline.notification.conferences;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.interpreterline.events.Rosters;
import org.interpreterline.events.notification.ConferenceEnded;
import org.interpreterline.events.notification.ParticipantJoined;
import org.interpreterline.events.notification.ParticipantLeft;
import org.interpreterline.events.notification.Party;
import org.interpreterline.notification.NotificationProperties;
import org.interpreterline.notification.Replays;
import org.interpreterline.notification.kafka.NotificationEvents;
import org.interpreterline.notification.offers.LiveOffers;
import org.interpreterline.notification.requests.Request;
import org.interpreterline.notification.requests.Requests;
import org.interpreterline.notification.twilio.Twiml;
import org.interpreterline.notification.twilio.WebhookUrls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /twilio/conference}: a request's conference reports joins, leaves and its end; each becomes
 * one event on notification.events (Twilio's retries are dropped). The interpreter joining is the moment the
 * request is connected; the end sends the interpreter to wrap-up.
 */
@RestController
public class ConferenceEvents {

    private static final Logger log = LoggerFactory.getLogger(ConferenceEvents.class);

    private final Requests requests;
    private final LiveOffers offers;
    private final NotificationEvents events;
    private final Replays replays;
    private final NotificationProperties props;
    private final Clock clock;

    public ConferenceEvents(Requests requests, LiveOffers offers, NotificationEvents events, Replays replays,
            NotificationProperties props, Clock clock) {
        this.requests = requests;
        this.offers = offers;
        this.events = events;
        this.replays = replays;
        this.props = props;
        this.clock = clock;
    }

    @PostMapping(WebhookUrls.CONFERENCE)
    public ResponseEntity<String> event(@RequestParam String requestId,
            @RequestParam(name = "StatusCallbackEvent", required = false) String event,
            @RequestParam(name = "ConferenceSid", required = false) String conferenceSid,
            @RequestParam(name = "FriendlyName", required = false) String friendlyName,
            @RequestParam(name = "CallSid", required = false) String callSid,
            @RequestParam(name = "ParticipantLabel", required = false) String label) {
        String kind = event == null ? "" : event.toLowerCase(Locale.ROOT);
        if (!replays.first("conference", conferenceSid, kind, callSid)) {
            return Twiml.noContent();
        }
        Optional<Request> request = requests.find(requestId);
        String rosterId = request.map(Request::rosterId).orElse(props.rosterId());
        String name = friendlyName != null ? friendlyName
                : request.map(Request::conference).orElse(Rosters.conferenceName(requestId));
        switch (kind) {
            case "participant-join" -> {
                Party party = party(label, callSid);
                if (party == Party.INTERPRETER) {
                    offers.bridged(callSid);
                }
                events.publish(new ParticipantJoined(UUID.randomUUID(), clock.instant(), rosterId, requestId, name,
                        conferenceSid, callSid, party));
                log.info("Conference {}: {} joined (call {})", name, party, callSid);
            }
            case "participant-leave" -> {
                Party party = party(label, callSid);
                events.publish(new ParticipantLeft(UUID.randomUUID(), clock.instant(), rosterId, requestId, name,
                        conferenceSid, callSid, party));
                log.info("Conference {}: {} left (call {})", name, party, callSid);
            }
            case "conference-end" -> {
                requests.conferenceEnded(requestId);
                events.publish(new ConferenceEnded(UUID.randomUUID(), clock.instant(), rosterId, requestId, name,
                        conferenceSid));
                log.info("Conference {} ended", name);
            }
            default -> log.debug("Conference {}: {}", name, kind);
        }
        return Twiml.noContent();
    }

    /** The label the line gave the participant; for a leg without one, an offer call is the interpreter. */
    private Party party(String label, String callSid) {
        if (label != null) {
            for (Party party : Party.values()) {
                if (ConferenceJoin.label(party).equalsIgnoreCase(label)) {
                    return party;
                }
            }
        }
        return offers.isOfferLeg(callSid) ? Party.INTERPRETER : Party.REQUESTER;
    }
}
