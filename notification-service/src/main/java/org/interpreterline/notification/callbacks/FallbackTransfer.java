package org.interpreterline.notification.callbacks;

import com.twilio.exception.TwilioException;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Dial;
import com.twilio.twiml.voice.Say;
import org.interpreterline.events.Channel;
import org.interpreterline.events.roster.RequestEscalated;
import org.interpreterline.notification.twilio.TimedTwilio;
import org.interpreterline.notification.twilio.Twiml;
import org.interpreterline.platform.logging.PhoneMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An escalated voice request: the officer, holding in the conference, is transferred to the fallback
 * provider, so they never meet a dead end. (SMS and API requesters are texted instead, see the texts.)
 */
@Component
public class FallbackTransfer {

    private static final Logger log = LoggerFactory.getLogger(FallbackTransfer.class);

    private final TimedTwilio twilio;

    public FallbackTransfer(TimedTwilio twilio) {
        this.twilio = twilio;
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
        try {
            twilio.updateCall(Call.updater(escalated.requesterCallSid())
                    .setTwiml(Twiml.xml(transfer(escalated.fallbackNumber()))));
            log.info("Request {} escalated ({}): officer's call {} transferred to the fallback at {}",
                    escalated.requestId(), escalated.reason(), escalated.requesterCallSid(),
                    PhoneMask.mask(escalated.fallbackNumber()));
        } catch (TwilioException e) {
            log.error("Request {} escalated: could not transfer the officer's call {}: {}", escalated.requestId(),
                    escalated.requesterCallSid(), e.getMessage());
        }
    }
}
