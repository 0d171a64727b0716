package org.interpreterline.notification.texts;

import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import java.time.Clock;
import java.util.UUID;
import org.interpreterline.events.notification.MessageFailed;
import org.interpreterline.events.notification.MessagePurpose;
import org.interpreterline.events.notification.MessageSent;
import org.interpreterline.notification.kafka.NotificationEvents;
import org.interpreterline.notification.twilio.TimedTwilio;
import org.interpreterline.notification.twilio.WebhookUrls;
import org.interpreterline.platform.logging.PhoneMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Sends one text from the line's number and reports it: {@code MessageSent} or {@code MessageFailed}. */
@Component
public class Texts {

    private static final Logger log = LoggerFactory.getLogger(Texts.class);

    private final TimedTwilio twilio;
    private final WebhookUrls urls;
    private final NotificationEvents events;
    private final Clock clock;

    public Texts(TimedTwilio twilio, WebhookUrls urls, NotificationEvents events, Clock clock) {
        this.twilio = twilio;
        this.urls = urls;
        this.events = events;
        this.clock = clock;
    }

    public void send(String rosterId, String requestId, String to, String body, MessagePurpose purpose) {
        if (to == null || to.isBlank()) {
            log.warn("No number to text ({}) for request {}", purpose, requestId);
            return;
        }
        try {
            Message message = twilio.sendSms(Message.creator(new PhoneNumber(to), new PhoneNumber(urls.lineNumber()),
                    body));
            events.publish(new MessageSent(UUID.randomUUID(), clock.instant(), rosterId, requestId, message.getSid(),
                    to, purpose));
            log.info("Texted {} to {} for request {} ({})", purpose, PhoneMask.mask(to), requestId,
                    message.getSid());
        } catch (TwilioException e) {
            String error = e instanceof ApiException api && api.getCode() != null
                    ? api.getCode() + " " + e.getMessage() : e.getMessage();
            events.publish(new MessageFailed(UUID.randomUUID(), clock.instant(), rosterId, requestId, to, purpose,
                    error));
            log.warn("Could not text {} to {} for request {}: {}", purpose, PhoneMask.mask(to), requestId, error);
        }
    }
}
