package org.interpreterline.notification.offers;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.interpreterline.events.calls.OfferCallProgressed;
import org.interpreterline.notification.NotificationProperties;
import org.interpreterline.notification.calls.CallFacts;
import org.interpreterline.notification.webhooks.WebhookUrls;
import org.interpreterline.platform.twilio.TwimlReplies;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /twilio/offer/status}: the offer call's progress, handed to the call desk (which drops Twilio's
 * retries, ends an offer that was never answered on busy, no-answer and failed, and reports a call that completes
 * after the prompt without a key as a hang-up).
 */
@RestController
public class OfferCallStatus {

    private final CallFacts facts;
    private final NotificationProperties props;
    private final Clock clock;

    public OfferCallStatus(CallFacts facts, NotificationProperties props, Clock clock) {
        this.facts = facts;
        this.props = props;
        this.clock = clock;
    }

    @PostMapping(WebhookUrls.OFFER_STATUS)
    public ResponseEntity<String> status(@RequestParam String offerId,
            @RequestParam(name = "CallSid", required = false) String callSid,
            @RequestParam(name = "CallStatus", required = false) String callStatus) {
        String status = callStatus == null ? "" : callStatus.toLowerCase(Locale.ROOT);
        facts.publish(new OfferCallProgressed(UUID.randomUUID(), clock.instant(), props.rosterId(), offerId, callSid,
                status));
        return TwimlReplies.noContent();
    }
}
