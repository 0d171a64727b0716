package org.interpreterline.notification.callbacks;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Say;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.interpreterline.events.calls.CallbackProgressed;
import org.interpreterline.events.notification.Party;
import org.interpreterline.notification.NotificationProperties;
import org.interpreterline.notification.calls.CallBook;
import org.interpreterline.notification.calls.CallBookUnavailable;
import org.interpreterline.notification.calls.CallFacts;
import org.interpreterline.notification.calls.CallRequest;
import org.interpreterline.notification.webhooks.HoldOn;
import org.interpreterline.notification.webhooks.CallStatusWords;
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
 * {@code POST /twilio/callback}: the requester picked up our call back and is put into the conference,
 * where the interpreter waits; {@code POST /twilio/callback/status}: that call's progress. A call back that
 * reached nobody goes to the call desk, which texts the requester and lets the interpreter go.
 */
@RestController
public class CallbackWebhooks {

    private static final Logger log = LoggerFactory.getLogger(CallbackWebhooks.class);

    private final CallBook book;
    private final CallFacts facts;
    private final WebhookUrls urls;
    private final NotificationProperties props;
    private final Clock clock;

    public CallbackWebhooks(CallBook book, CallFacts facts, WebhookUrls urls, NotificationProperties props,
            Clock clock) {
        this.book = book;
        this.facts = facts;
        this.urls = urls;
        this.props = props;
        this.clock = clock;
    }

    @PostMapping(WebhookUrls.CALLBACK)
    public ResponseEntity<String> answered(@RequestParam String requestId,
            @RequestParam(name = "AnsweredBy", required = false) String answeredBy,
            @RequestParam(name = HoldOn.DETECTED, required = false) String answeredByAgain,
            @RequestParam(name = "CallSid", required = false) String callSid,
            @RequestParam(name = HoldOn.HELD, defaultValue = "0") int held) {
        answeredBy = answeredBy != null ? answeredBy : answeredByAgain;
        Optional<CallRequest> found;
        try {
            found = book.request(requestId).filter(r -> !r.cancelled());
        } catch (CallBookUnavailable e) {
            if (held > 0) {
                log.warn("Call back for request {}: the call desk is still not readable; apologising", requestId);
                return TwimlReplies.answer(TwimlReplies.sayAndHangUp(CallbackPrompt.TRY_AGAIN));
            }
            return TwimlReplies.answer(HoldOn.twiml(urls.callback(requestId), answeredBy));
        }
        if (found.isEmpty()) {
            return TwimlReplies.answer(TwimlReplies.sayAndHangUp(CallbackPrompt.NO_LONGER_ACTIVE));
        }
        CallRequest request = found.get();
        if (CallStatusWords.answeredByMachine(answeredBy)) {
            facts.publish(new CallbackProgressed(UUID.randomUUID(), clock.instant(), props.rosterId(), requestId,
                    callSid, CallbackProgressed.VOICEMAIL));
            return TwimlReplies.answer(TwimlReplies.hangUp());
        }
        return TwimlReplies.answer(new VoiceResponse.Builder()
                .say(new Say.Builder(CallbackPrompt.connecting(request.language())).build())
                .dial(ConferenceSeat.dial(requestId, urls.conference(requestId), Party.REQUESTER, true, null))
                .build());
    }

    @PostMapping(WebhookUrls.CALLBACK_STATUS)
    public ResponseEntity<String> status(@RequestParam String requestId,
            @RequestParam(name = "CallSid", required = false) String callSid,
            @RequestParam(name = "CallStatus", required = false) String callStatus) {
        String status = callStatus == null ? "" : callStatus.toLowerCase(Locale.ROOT);
        facts.publish(new CallbackProgressed(UUID.randomUUID(), clock.instant(), props.rosterId(), requestId, callSid,
                status));
        return TwimlReplies.noContent();
    }
}
