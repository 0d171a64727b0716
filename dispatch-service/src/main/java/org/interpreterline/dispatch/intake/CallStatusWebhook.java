package org.interpreterline.dispatch.intake;

import com.twilio.twiml.VoiceResponse;
import java.util.Set;
import org.interpreterline.platform.twilio.TwimlReplies;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The line number's call status callback. A caller who hangs up before an interpreter joined cancels their
 * request (see {@link CallerHangUps}), so nobody is offered (or bridged into) a call that is already over.
 */
@RestController
public class CallStatusWebhook {

    static final Set<String> CALL_OVER = Set.of("completed", "canceled", "failed", "busy", "no-answer");

    private final CallerHangUps hangUps;

    public CallStatusWebhook(CallerHangUps hangUps) {
        this.hangUps = hangUps;
    }

    @PostMapping("/twilio/voice/status")
    ResponseEntity<String> status(@RequestParam(name = "CallSid", required = false) String callSid,
            @RequestParam(name = "CallStatus", required = false) String callStatus) {
        if (callSid != null && callStatus != null && CALL_OVER.contains(callStatus)) {
            hangUps.hungUp(callSid, callStatus);
        }
        return TwimlReplies.answer(new VoiceResponse.Builder().build());
    }
}
