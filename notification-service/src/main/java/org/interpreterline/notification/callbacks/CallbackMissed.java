package org.interpreterline.notification.callbacks;

import com.twilio.exception.TwilioException;
import com.twilio.rest.api.v2010.account.Call;

import org.interpreterline.events.notification.MessagePurpose;
import org.interpreterline.notification.Replays;
import org.interpreterline.notification.offers.LiveOffers;
import org.interpreterline.notification.offers.Offer;
import org.interpreterline.notification.requests.Request;
import org.interpreterline.notification.texts.RequesterTexts;
import org.interpreterline.notification.texts.Texts;
import org.interpreterline.notification.twilio.TimedTwilio;
import org.interpreterline.notification.twilio.Twiml;
import org.interpreterline.platform.logging.PhoneMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The requester did not pick up our call back: they get a text saying how to ask again, and the interpreter
 * waiting for them in the conference is released. Once per request.
 */
@Component
public class CallbackMissed {

    private static final Logger log = LoggerFactory.getLogger(CallbackMissed.class);

    private final Texts texts;
    private final LiveOffers offers;
    private final TimedTwilio twilio;
    private final Replays replays;

    public CallbackMissed(Texts texts, LiveOffers offers, TimedTwilio twilio, Replays replays) {
        this.texts = texts;
        this.offers = offers;
        this.twilio = twilio;
        this.replays = replays;
    }

    public void missed(Request request, String why) {
        if (!replays.first("callback-missed", request.requestId())) {
            return;
        }
        log.warn("Request {}: we called the requester back at {} but got no answer ({}); texting them",
                request.spokenReference(), PhoneMask.mask(request.requesterPhone()), why);
        texts.send(request.rosterId(), request.requestId(), request.requesterPhone(),
                RequesterTexts.callbackMissed(request.spokenReference(), request.language()), MessagePurpose.OTHER);
        if (request.assignment() != null) {
            offers.find(request.assignment().offerId()).map(Offer::callSid).ifPresent(this::releaseInterpreter);
        }
    }

    private void releaseInterpreter(String interpreterCallSid) {
        try {
            twilio.updateCall(Call.updater(interpreterCallSid).setTwiml(
                    Twiml.xml(Twiml.sayAndHangUp(CallbackPrompt.OFFICER_DID_NOT_ANSWER))));
        } catch (TwilioException e) {
            log.info("Could not release the interpreter's call {}: {}", interpreterCallSid, e.getMessage());
        }
    }
}
