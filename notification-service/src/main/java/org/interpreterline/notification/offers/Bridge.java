package org.interpreterline.notification.offers;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Pause;
import com.twilio.twiml.voice.Redirect;
import java.util.Optional;
import org.interpreterline.events.Channel;
import org.interpreterline.events.Rosters;
import org.interpreterline.events.notification.Party;
import org.interpreterline.notification.NotificationProperties;
import org.interpreterline.notification.conferences.ConferenceJoin;
import org.interpreterline.notification.offers.Offer.Stage;
import org.interpreterline.notification.twilio.Twiml;
import org.interpreterline.notification.twilio.WebhookUrls;
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
 */
@RestController
public class Bridge {

    private static final Logger log = LoggerFactory.getLogger(Bridge.class);

    private final LiveOffers offers;
    private final OfferStanding standing;
    private final OfferTwiml twiml;
    private final WebhookUrls urls;
    private final NotificationProperties props;

    public Bridge(LiveOffers offers, OfferStanding standing, OfferTwiml twiml, WebhookUrls urls,
            NotificationProperties props) {
        this.offers = offers;
        this.standing = standing;
        this.twiml = twiml;
        this.urls = urls;
        this.props = props;
    }

    @PostMapping(WebhookUrls.OFFER_BRIDGE)
    public ResponseEntity<String> bridge(@RequestParam String offerId,
            @RequestParam(defaultValue = "1") int attempt) {
        Optional<Offer> found = offers.find(offerId);
        if (found.isEmpty() || found.get().stage() != Stage.ACCEPTED || !standing.wanted(found.get())) {
            return Twiml.answer(OfferWithdrawal.noLongerNeeded());
        }
        Offer offer = found.get();
        if (standing.confirmed(offer)) {
            log.info("Offer {}: bridging interpreter {} into {}", offerId, offer.made().interpreterId(),
                    conferenceName(offer));
            return Twiml.answer(join(offer));
        }
        if (attempt >= props.bridgeAttempts()) {
            log.warn("Offer {}: the roster did not confirm interpreter {} after {} tries; releasing them", offerId,
                    offer.made().interpreterId(), attempt);
            return Twiml.answer(Twiml.sayAndHangUp(OfferPrompt.COULD_NOT_CONNECT));
        }
        return Twiml.answer(new VoiceResponse.Builder()
                .pause(new Pause.Builder().length(1).build())
                .redirect(new Redirect.Builder(urls.bridge(offerId, attempt + 1)).method(HttpMethod.POST).build())
                .build());
    }

    /** What a waiting interpreter hears while the officer of an SMS or API request is being called. */
    @PostMapping(WebhookUrls.OFFER_WAIT)
    public ResponseEntity<String> waiting() {
        return Twiml.answer(new VoiceResponse.Builder()
                .say(OfferTwiml.say(OfferPrompt.WAITING_FOR_OFFICER))
                .pause(new Pause.Builder().length(5).build())
                .build());
    }

    private VoiceResponse join(Offer offer) {
        // a voice requester already waits in the conference; an SMS or API requester is called once we are in
        boolean requesterWaiting = offer.made().channel() == null || offer.made().channel() == Channel.VOICE;
        return new VoiceResponse.Builder()
                .dial(ConferenceJoin.dial(conferenceName(offer), urls.conference(offer.requestId()),
                        Party.INTERPRETER, requesterWaiting, requesterWaiting ? null : urls.offerWait()))
                .build();
    }

    private static String conferenceName(Offer offer) {
        String name = offer.made().conferenceName();
        return name != null && !name.isBlank() ? name : Rosters.conferenceName(offer.requestId());
    }
}
