package org.interpreterline.notification.residents;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.interpreterline.events.calls.ResidentCallProgressed;
import org.interpreterline.notification.NotificationProperties;
import org.interpreterline.notification.calls.CallFacts;
import org.interpreterline.notification.webhooks.WebhookUrls;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /twilio/resident/status}: how the line's call to an added resident progresses; the call desk turns it
 * into one outcome and a text to the officer. Twilio's {@code To} is never read or logged here.
 */
@RestController
public class ResidentCallStatus {

    private final CallFacts facts;
    private final NotificationProperties props;
    private final Clock clock;

    public ResidentCallStatus(CallFacts facts, NotificationProperties props, Clock clock) {
        this.facts = facts;
        this.props = props;
        this.clock = clock;
    }

    @PostMapping(WebhookUrls.RESIDENT_STATUS)
    public ResponseEntity<String> status(@RequestParam String requestId, @RequestParam String addId,
            @RequestParam(name = "CallSid", required = false) String callSid,
            @RequestParam(name = "CallStatus", required = false) String callStatus) {
        String status = callStatus == null ? "" : callStatus.toLowerCase(Locale.ROOT);
        facts.publish(new ResidentCallProgressed(UUID.randomUUID(), clock.instant(), props.rosterId(), requestId,
                addId, callSid, status));
        return ResponseEntity.noContent().build();
    }
}
