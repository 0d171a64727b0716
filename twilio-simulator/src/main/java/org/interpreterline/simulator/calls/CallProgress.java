package org.interpreterline.simulator.calls;

import java.time.Instant;
import java.util.Map;
import org.interpreterline.platform.phone.PhoneMask;
import org.interpreterline.simulator.SimulatorProperties;
import org.interpreterline.simulator.events.SimEvents;
import org.interpreterline.simulator.support.TwilioTime;
import org.interpreterline.simulator.webhooks.WebhookRequest;
import org.interpreterline.simulator.webhooks.WebhookSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reports every call's progress: one log line, a live event, and Twilio's status callbacks (the subscribed
 * events plus always the final status; for calls to the line, the number's status callback at the end).
 * Callbacks of one call go out in order on that call's queue.
 */
@Component
class CallProgress implements LegListener {

    private static final Logger log = LoggerFactory.getLogger(CallProgress.class);

    private final WebhookSender webhooks;
    private final SimEvents events;
    private final String lineStatusCallbackUrl;

    CallProgress(WebhookSender webhooks, SimEvents events, SimulatorProperties properties) {
        this.webhooks = webhooks;
        this.events = events;
        this.lineStatusCallbackUrl = properties.lineStatusCallbackUrl();
    }

    @Override
    public void progressed(CallLeg leg, CallProgressEvent progress) {
        String callStatus = switch (progress) {
            case INITIATED -> "initiated";
            case RINGING -> "ringing";
            case ANSWERED -> CallStatus.IN_PROGRESS.value();
            case ENDED -> leg.status().value();
        };
        log.info("call {} {} {} -> {}: {}{}", leg.sid(), leg.direction().value(), PhoneMask.mask(leg.from()),
                PhoneMask.mask(leg.to()), callStatus, progress == CallProgressEvent.ENDED && leg.isAnswered() ? " after " + leg.durationSeconds() + " s" : "");
        events.publish("call", leg.sid(), "status", callStatus, "direction", leg.direction().value(), "from", leg.from(), "to", leg.to());
        if (leg.isDiscarded()) {
            return;
        }
        StatusCallbacks callbacks = leg.callbacks();
        if (callbacks != null && (progress == CallProgressEvent.ENDED || callbacks.events().contains(progress.eventName()))) {
            send(leg, callbacks.url(), callbacks.method(), callStatus, progress);
        }
        if (progress == CallProgressEvent.ENDED && leg.direction() == Direction.INBOUND) {
            send(leg, lineStatusCallbackUrl, "POST", callStatus, progress);
        }
    }

    private void send(CallLeg leg, String url, String method, String callStatus, CallProgressEvent progress) {
        // parameters are taken now: the call moves on while the callback waits its turn
        Map<String, String> params = CallParams.of(leg, callStatus);
        params.put("Timestamp", TwilioTime.format(Instant.now()));
        params.put("SequenceNumber", String.valueOf(leg.nextCallbackSequence()));
        params.put("CallbackSource", "call-progress-events");
        if (progress == CallProgressEvent.ENDED) {
            params.put("CallDuration", String.valueOf(leg.durationSeconds()));
            params.put("Duration", String.valueOf((leg.durationSeconds() + 59) / 60));
        }
        WebhookRequest request = new WebhookRequest(url, method, params);
        leg.callbackQueue().execute(() -> {
            if (!leg.isDiscarded()) {
                webhooks.send(request);
            }
        });
    }
}
