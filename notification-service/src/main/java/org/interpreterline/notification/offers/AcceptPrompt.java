package org.interpreterline.notification.offers;

import java.util.Optional;
import org.interpreterline.events.notification.OfferNotAnswered;
import org.interpreterline.notification.NotificationProperties;
import org.interpreterline.notification.offers.Offer.Stage;
import org.interpreterline.notification.twilio.CallProgress;
import org.interpreterline.notification.twilio.Twiml;
import org.interpreterline.notification.twilio.WebhookUrls;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /twilio/offer}: the interpreter picked up; play the accept prompt (or say why not). */
@RestController
public class AcceptPrompt {

    private final LiveOffers offers;
    private final OfferStanding standing;
    private final OfferOutcomes outcomes;
    private final OfferTwiml twiml;
    private final NotificationProperties props;

    public AcceptPrompt(LiveOffers offers, OfferStanding standing, OfferOutcomes outcomes, OfferTwiml twiml,
            NotificationProperties props) {
        this.offers = offers;
        this.standing = standing;
        this.outcomes = outcomes;
        this.twiml = twiml;
        this.props = props;
    }

    @PostMapping(WebhookUrls.OFFER)
    public ResponseEntity<String> answered(@RequestParam String offerId,
            @RequestParam(defaultValue = "0") int repeat,
            @RequestParam(name = "CallSid", required = false) String callSid,
            @RequestParam(name = "AnsweredBy", required = false) String answeredBy) {
        Optional<Offer> found = offers.callProgressed(offerId, callSid, Stage.ANSWERED);
        if (found.isEmpty()) {
            return Twiml.answer(OfferWithdrawal.noLongerNeeded());
        }
        Offer offer = found.get();
        if (CallProgress.answeredByMachine(answeredBy)) {
            // a voicemail must never hear, let alone "accept", an offer
            outcomes.notAnswered(offer, OfferNotAnswered.Outcome.VOICEMAIL, callSid);
            return Twiml.answer(Twiml.hangUp());
        }
        if (!standing.wanted(offer)) {
            return Twiml.answer(OfferWithdrawal.noLongerNeeded());
        }
        if (repeat > props.promptRepeats()) {
            outcomes.notAnswered(offer, OfferNotAnswered.Outcome.SILENT, callSid);
            return Twiml.answer(Twiml.sayAndHangUp(OfferPrompt.NO_ANSWER));
        }
        return Twiml.answer(twiml.prompt(offer, repeat, null));
    }
}
