package org.interpreterline.notification.offers;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.interpreterline.events.calls.KeyPressed;
import org.interpreterline.notification.NotificationProperties;
import org.interpreterline.notification.calls.CallBook;
import org.interpreterline.notification.calls.CallBookUnavailable;
import org.interpreterline.notification.calls.CallFacts;
import org.interpreterline.notification.calls.RingingOffer;
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
 * {@code POST /twilio/offer/answer}: the key the interpreter pressed. 1 accepts (and goes to the bridge, which
 * waits for the roster's confirmation), 2 declines, 3 excuses them (they know the person), 4 hears the offer again,
 * anything else hears the choice again. The answer is decided
 * from the offer as the call desk holds it now; the key goes to the desk, which reports it once (a withdrawal it
 * read first wins, and the bridge then tells the interpreter).
 */
@RestController
public class AcceptKey {

    private static final Logger log = LoggerFactory.getLogger(AcceptKey.class);

    private final CallBook book;
    private final CallFacts facts;
    private final OfferTwiml twiml;
    private final WebhookUrls urls;
    private final NotificationProperties props;
    private final Clock clock;

    public AcceptKey(CallBook book, CallFacts facts, OfferTwiml twiml, WebhookUrls urls, NotificationProperties props,
            Clock clock) {
        this.book = book;
        this.facts = facts;
        this.twiml = twiml;
        this.urls = urls;
        this.props = props;
        this.clock = clock;
    }

    @PostMapping(WebhookUrls.OFFER_ANSWER)
    public ResponseEntity<String> pressed(@RequestParam String offerId,
            @RequestParam(defaultValue = "0") int repeat,
            @RequestParam(name = "CallSid", required = false) String callSid,
            @RequestParam(name = "Digits", required = false) String digits,
            @RequestParam(name = HoldOn.HELD, defaultValue = "0") int held) {
        String key = digits == null ? "" : digits.strip();
        try {
            Optional<RingingOffer> found = book.offer(offerId);
            if (found.isEmpty() || !book.wanted(found.get())) {
                if (OfferPrompt.ACCEPT_DIGIT.equals(key)) {
                    log.info("Offer {}: a late acceptance, the request is no longer needed", offerId);
                }
                return TwimlReplies.answer(OfferTwiml.noLongerNeeded());
            }
            RingingOffer offer = found.get();
            return switch (key) {
                case OfferPrompt.ACCEPT_DIGIT -> {
                    if (!facts.publish(pressed(offerId, key, callSid))) {
                        log.error("Offer {}: the acceptance could not be passed on; the interpreter is let go",
                                offerId);
                        yield TwimlReplies.answer(TwimlReplies.sayAndHangUp(OfferPrompt.COULD_NOT_CONNECT));
                    }
                    yield TwimlReplies.answer(twiml.connecting(offer));
                }
                case OfferPrompt.DECLINE_DIGIT -> {
                    facts.publish(pressed(offerId, key, callSid));
                    yield TwimlReplies.answer(TwimlReplies.sayAndHangUp(OfferPrompt.DECLINED));
                }
                case OfferPrompt.CONFLICT_DIGIT -> {
                    facts.publish(pressed(offerId, key, callSid));
                    yield TwimlReplies.answer(TwimlReplies.sayAndHangUp(OfferPrompt.EXCUSED));
                }
                // 4 hears the same prompt again, not counted as a silence (the roster's offer timer runs on); any
                // other key hears it after "that is not one of the choices"
                default -> TwimlReplies.answer(twiml.prompt(offer, book.spokenNote(offer.requestId()), repeat,
                        again(offerId, key) ? null : OfferPrompt.NOT_A_CHOICE));
            };
        } catch (CallBookUnavailable e) {
            if (held > 0) {
                log.warn("Offer {}: the call desk is still not readable; the interpreter is let go", offerId);
                return TwimlReplies.answer(TwimlReplies.sayAndHangUp(OfferPrompt.COULD_NOT_CONNECT));
            }
            log.info("Offer {}: the call desk is not readable yet ({}); the interpreter holds on", offerId,
                    e.getMessage());
            String again = urls.offerAnswer(offerId, repeat) + "&Digits="
                    + java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8);
            return TwimlReplies.answer(HoldOn.twiml(again));
        }
    }

    private static boolean again(String offerId, String key) {
        if (!OfferPrompt.AGAIN_DIGIT.equals(key)) {
            return false;
        }
        log.info("Offer {}: the interpreter asked to hear it again", offerId);
        return true;
    }

    private KeyPressed pressed(String offerId, String key, String callSid) {
        return new KeyPressed(UUID.randomUUID(), clock.instant(), props.rosterId(), offerId, key, callSid);
    }
}
