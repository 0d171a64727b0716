package org.interpreterline.notification.callbacks;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Dial;
import com.twilio.twiml.voice.Say;
import org.interpreterline.events.Channel;
import org.interpreterline.events.roster.RequestEscalated;
import org.interpreterline.notification.calls.PhoneWork;
import org.interpreterline.platform.phone.PhoneMask;
import org.interpreterline.platform.twilio.TwimlReplies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An escalated voice request: the officer, holding in the conference, is transferred to the fallback
 * provider, so they never meet a dead end. (SMS and API requesters are texted instead, see the texts.)
 */
public final class FallbackTransfer {

    private static final Logger log = LoggerFactory.getLogger(FallbackTransfer.class);

    private final PhoneWork phones;

    public FallbackTransfer(PhoneWork phones) {
        this.phones = phones;
    }

    /** The officer's own number stays the caller id, so the provider can call them back. */
    public static VoiceResponse transfer(String fallbackNumber) {
        return new VoiceResponse.Builder()
                .say(new Say.Builder(CallbackPrompt.TRANSFERRING).build())
                .dial(new Dial.Builder(fallbackNumber).build())
                .build();
    }

    public void escalated(RequestEscalated escalated) {
        if (escalated.channel() != Channel.VOICE) {
            return;
        }
        if (escalated.fallbackNumber() == null || escalated.requesterCallSid() == null) {
            log.warn("Request {} escalated ({}) with no fallback number or no caller to transfer; the officer "
                    + "keeps holding", escalated.requestId(), escalated.reason());
            return;
        }
        phones.updateCall(escalated.requestId(), escalated.requesterCallSid(),
                TwimlReplies.xml(transfer(escalated.fallbackNumber())),
                "request " + escalated.requestId() + " escalated (" + escalated.reason()
                        + "): officer transferred to the fallback at " + PhoneMask.mask(escalated.fallbackNumber()));
    }
}
