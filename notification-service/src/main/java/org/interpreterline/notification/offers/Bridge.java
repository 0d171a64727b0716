package org.interpreterline.notification.offers;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Pause;
import com.twilio.twiml.voice.Redirect;
import java.util.Optional;
import org.interpreterline.events.Channel;
import org.interpreterline.events.RequestConference;
import org.interpreterline.events.notification.Party;
import org.interpreterline.notification.NotificationProperties;
import org.interpreterline.notification.calls.CallBook;
import org.interpreterline.notification.calls.CallBookUnavailable;
import org.interpreterline.notification.calls.RingingOffer;
import org.interpreterline.notification.webhooks.WebhookUrls;
import org.interpreterline.platform.twilio.ConferenceSeat;
import org.interpreterline.platform.twilio.TwimlReplies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /twilio/offer/bridge}: puts an accepting interpreter into the request's conference, but only
 * once the roster confirmed them ({@code RequestAssigned} for this offer). Until then the interpreter waits
 * a second at a time, a bounded number of times, so nobody is ever bridged into a request someone else got.
 * An offer withdrawn meanwhile (its acceptance then never reported) hears that it is no longer needed.
 */
@RestController
public class Bridge {

    private static final Logger log = LoggerFactory.getLogger(Bridge.class);

    private final CallBook book;
    private final WebhookUrls urls;
    private final NotificationProperties props;

    public Bridge(CallBook book, WebhookUrls urls, NotificationProperties props) {
        this.book = book;
        this.urls = urls;
        this.props = props;
    }

    @PostMapping(WebhookUrls.OFFER_BRIDGE)
    public ResponseEntity<String> bridge(@RequestParam String offerId,
            @RequestParam(defaultValue = "1") int attempt) {
        Optional<RingingOffer> found;
        try {
            found = book.offer(offerId);
            // the acceptance may still be on its way to the desk: any offer that stands may wait here
            if (found.isEmpty() || !book.wanted(found.get())) {
                return TwimlReplies.answer(OfferTwiml.noLongerNeeded());
            }
            RingingOffer offer = found.get();
            if (book.confirmed(offer)) {
                log.info("Offer {}: bridging interpreter {} into {}", offerId, offer.made().interpreterId(),
                        offer.made().conferenceName() != null ? offer.made().conferenceName()
                                : RequestConference.nameOf(offer.requestId()));
                return TwimlReplies.answer(join(offer));
            }
        } catch (CallBookUnavailable e) {
            // the loop itself is the hold: the next attempt reads again
            log.info("Offer {}: the call desk is not readable yet ({}); the interpreter waits", offerId,
                    e.getMessage());
        }
        if (attempt >= props.bridgeAttempts()) {
            log.warn("Offer {}: the roster did not confirm the interpreter after {} tries; releasing them", offerId,
                    attempt);
            return TwimlReplies.answer(TwimlReplies.sayAndHangUp(OfferPrompt.COULD_NOT_CONNECT));
        }
        return TwimlReplies.answer(new VoiceResponse.Builder()
                .pause(new Pause.Builder().length(1).build())
                .redirect(new Redirect.Builder(urls.bridge(offerId, attempt + 1)).method(HttpMethod.POST).build())
                .build());
    }

    /** What a waiting interpreter hears while the officer of an SMS or API request is being called. */
    @PostMapping(WebhookUrls.OFFER_WAIT)
    public ResponseEntity<String> waiting() {
        return TwimlReplies.answer(new VoiceResponse.Builder()
                .say(OfferTwiml.say(OfferPrompt.WAITING_FOR_OFFICER))
                .pause(new Pause.Builder().length(5).build())
                .build());
    }

    private VoiceResponse join(RingingOffer offer) {
        Optional<String> call = RequestConference.relayOf(offer.requestId(), offer.made().conferenceName());
        if (call.isPresent()) {
            // a second interpreter (ALSO) joins the call in progress, reported as that call's, and ends nothing
            return new VoiceResponse.Builder()
                    .dial(ConferenceSeat.dial(call.get(), urls.conference(call.get()), Party.RELAY, true, null))
                    .build();
        }
        // a voice requester already waits in the conference; an SMS or API requester is called once we are in
        boolean requesterWaiting = offer.made().channel() == null || offer.made().channel() == Channel.VOICE;
        return new VoiceResponse.Builder()
                .dial(ConferenceSeat.dial(offer.requestId(), urls.conference(offer.requestId()), Party.INTERPRETER,
                        requesterWaiting,
                        requesterWaiting ? null : urls.offerWait()))
                .build();
    }
}
