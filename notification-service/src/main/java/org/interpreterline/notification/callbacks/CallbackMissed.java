package org.interpreterline.notification.callbacks;

import org.interpreterline.events.notification.MessagePurpose;
import org.interpreterline.notification.calls.CallLedger;
import org.interpreterline.notification.calls.CallRequest;
import org.interpreterline.notification.calls.PhoneWork;
import org.interpreterline.notification.calls.RingingOffer;
import org.interpreterline.notification.texts.RequesterTexts;
import org.interpreterline.platform.phone.PhoneMask;
import org.interpreterline.platform.twilio.TwimlReplies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The requester did not pick up our call back: they get a text saying how to ask again, and the interpreter
 * waiting for them in the conference is released. Once per request.
 */
public final class CallbackMissed {

    private static final Logger log = LoggerFactory.getLogger(CallbackMissed.class);

    private final CallLedger ledger;
    private final PhoneWork phones;

    public CallbackMissed(CallLedger ledger, PhoneWork phones) {
        this.ledger = ledger;
        this.phones = phones;
    }

    public void missed(CallRequest request, String why) {
        if (request.callbackMissed()) {
            return;
        }
        ledger.put(request.missCallback());
        log.warn("Request {}: we called the requester back at {} but got no answer ({}); texting them",
                request.spokenReference(), PhoneMask.mask(request.requesterPhone()), why);
        phones.text(request.rosterId(), request.roster(), request.requestId(), request.requesterPhone(),
                RequesterTexts.callbackMissed(request.spokenReference(), request.language()), MessagePurpose.OTHER);
        if (request.assignment() != null) {
            RingingOffer offer = ledger.offer(request.assignment().offerId());
            if (offer != null && offer.callSid() != null) {
                phones.updateCall(request.requestId(), offer.callSid(),
                        TwimlReplies.xml(TwimlReplies.sayAndHangUp(CallbackPrompt.OFFICER_DID_NOT_ANSWER)),
                        "interpreter released: the officer of request " + request.spokenReference()
                                + " did not answer our call back");
            }
        }
    }
}
