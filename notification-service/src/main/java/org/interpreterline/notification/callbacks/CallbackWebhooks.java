package org.interpreterline.notification.callbacks;

import com.twilio.twiml.VoiceResponse;

import com.twilio.twiml.voice.Say;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.interpreterline.events.notification.Party;
import org.interpreterline.notification.Replays;
import org.interpreterline.notification.conferences.ConferenceJoin;
import org.interpreterline.notification.requests.Request;
import org.interpreterline.notification.requests.Requests;
import org.interpreterline.notification.twilio.CallProgress;
import org.interpreterline.notification.twilio.Twiml;
import org.interpreterline.notification.twilio.WebhookUrls;
import org.interpreterline.platform.logging.PhoneMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /twilio/callback}: the requester picked up our call back and is put into the conference,
 * where the interpreter waits; {@code POST /twilio/callback/status}: that call's progress.
 */
@RestController
public class CallbackWebhooks {

    private static final Logger log = LoggerFactory.getLogger(CallbackWebhooks.class);

    private final Requests requests;
    private final WebhookUrls urls;
    private final CallbackMissed missed;
    private final Replays replays;
    private final ExecutorService background;

    public CallbackWebhooks(Requests requests, WebhookUrls urls, CallbackMissed missed, Replays replays,
            @Qualifier("twilioBackground") ExecutorService background) {
        this.requests = requests;
        this.urls = urls;
        this.missed = missed;
        this.replays = replays;
        this.background = background;
    }

    @PostMapping(WebhookUrls.CALLBACK)
    public ResponseEntity<String> answered(@RequestParam String requestId,
            @RequestParam(name = "AnsweredBy", required = false) String answeredBy) {
        Optional<Request> found = requests.find(requestId).filter(r -> !r.cancelled());
        if (found.isEmpty()) {
            return Twiml.answer(Twiml.sayAndHangUp(CallbackPrompt.NO_LONGER_ACTIVE));
        }
        Request request = found.get();
        if (CallProgress.answeredByMachine(answeredBy)) {
            background.execute(() -> missed.missed(request, "voicemail answered"));
            return Twiml.answer(Twiml.hangUp());
        }
        return Twiml.answer(new VoiceResponse.Builder()
                .say(new Say.Builder(CallbackPrompt.connecting(request.language())).build())
                .dial(ConferenceJoin.dial(request.conference(), urls.conference(requestId), Party.REQUESTER, true,
                        null))
                .build());
    }

    @PostMapping(WebhookUrls.CALLBACK_STATUS)
    public ResponseEntity<String> status(@RequestParam String requestId,
            @RequestParam(name = "CallSid", required = false) String callSid,
            @RequestParam(name = "CallStatus", required = false) String callStatus) {
        String status = callStatus == null ? "" : callStatus.toLowerCase(Locale.ROOT);
        if (!replays.first("callback-status", callSid, status)) {
            return Twiml.noContent();
        }
        Optional<Request> found = requests.find(requestId);
        log.info("Call back {} for request {} to {}: {}", callSid,
                found.map(Request::spokenReference).orElse(requestId),
                PhoneMask.mask(found.map(Request::requesterPhone).orElse(null)), status);
        if (found.isPresent() && !found.get().cancelled()
                && (status.equals("busy") || status.equals("no-answer") || status.equals("failed"))) {
            background.execute(() -> missed.missed(found.get(), status));
        }
        return Twiml.noContent();
    }
}
