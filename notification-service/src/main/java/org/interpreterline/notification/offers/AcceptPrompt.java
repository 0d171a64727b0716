package org.interpreterline.notification.offers;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.interpreterline.events.calls.OfferPickedUp;
import org.interpreterline.events.calls.PromptUnanswered;
import org.interpreterline.notification.NotificationProperties;
import org.interpreterline.notification.calls.CallBook;
import org.interpreterline.notification.calls.CallBookUnavailable;
import org.interpreterline.notification.calls.CallFacts;
import org.interpreterline.notification.calls.RingingOffer;
import org.interpreterline.notification.webhooks.CallStatusWords;
import org.interpreterline.notification.webhooks.HoldOn;
import org.interpreterline.notification.webhooks.WebhookUrls;
import org.interpreterline.platform.twilio.TwimlReplies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /twilio/offer}: the interpreter picked up; play the accept prompt (or say why not). What it learns
 * (picked up, by a person or a machine; silent to the last repeat) goes to the call desk, which reports it.
 */
@RestController
public class AcceptPrompt {

    private static final Logger log = LoggerFactory.getLogger(AcceptPrompt.class);

    private final CallBook book;
    private final CallFacts facts;
    private final OfferTwiml twiml;
    private final WebhookUrls urls;
    private final NotificationProperties props;
    private final Clock clock;

    public AcceptPrompt(CallBook book, CallFacts facts, OfferTwiml twiml, WebhookUrls urls,
            NotificationProperties props, Clock clock) {
        this.book = book;
        this.facts = facts;
        this.twiml = twiml;
        this.urls = urls;
        this.props = props;
        this.clock = clock;
    }

    @PostMapping(WebhookUrls.OFFER)
    public ResponseEntity<String> answered(@RequestParam String offerId,
            @RequestParam(defaultValue = "0") int repeat,
            @RequestParam(name = "CallSid", required = false) String callSid,
            @RequestParam(name = "AnsweredBy", required = false) String answeredBy,
            @RequestParam(name = HoldOn.DETECTED, required = false) String answeredByAgain,
            @RequestParam(name = HoldOn.HELD, defaultValue = "0") int held) {
        // Twilio may or may not say AnsweredBy again after our redirect: the hold-on keeps it under its own name
        answeredBy = answeredBy != null ? answeredBy : answeredByAgain;
        boolean machine = CallStatusWords.answeredByMachine(answeredBy);
        try {
            Optional<RingingOffer> found = book.offer(offerId);
            if (found.isEmpty()) {
                return TwimlReplies.answer(OfferTwiml.noLongerNeeded());
            }
            RingingOffer offer = found.get();
            if (machine) {
                facts.publish(new OfferPickedUp(UUID.randomUUID(), clock.instant(), props.rosterId(), offerId, callSid,
                        true));
                return TwimlReplies.answer(TwimlReplies.hangUp());
            }
            if (!book.wanted(offer)) {
                return TwimlReplies.answer(OfferTwiml.noLongerNeeded());
            }
            if (repeat == 0) {
                facts.publish(new OfferPickedUp(UUID.randomUUID(), clock.instant(), props.rosterId(), offerId, callSid,
                        false));
            }
            if (repeat > props.promptRepeats()) {
                facts.publish(new PromptUnanswered(UUID.randomUUID(), clock.instant(), props.rosterId(), offerId,
                        callSid));
                return TwimlReplies.answer(TwimlReplies.sayAndHangUp(OfferPrompt.NO_ANSWER));
            }
            return TwimlReplies.answer(twiml.prompt(offer, book.spokenNote(offer.requestId()), repeat, null));
        } catch (CallBookUnavailable e) {
            if (held > 0) {
                log.warn("Offer {}: the call desk is still not readable; the interpreter is let go", offerId);
                return TwimlReplies.answer(TwimlReplies.sayAndHangUp(OfferPrompt.COULD_NOT_CONNECT));
            }
            log.info("Offer {}: the call desk is not readable yet ({}); the interpreter holds on", offerId,
                    e.getMessage());
            return TwimlReplies.answer(HoldOn.twiml(urls.offer(offerId, repeat), answeredBy));
        }
    }
}
