package org.interpreterline.dispatch.canary;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.messaging.Message;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.interpreterline.dispatch.DispatchProperties;
import org.interpreterline.dispatch.publishing.DispatchPublisher;
import org.interpreterline.events.dispatch.CanaryRequested;
import org.interpreterline.events.language.LanguageCatalog;
import org.interpreterline.platform.twilio.TwimlReplies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The line's canary arriving through the SMS webhook: a text that carries {@code LineCanary} (the canary's id)
 * and a language tag as its body. Like every webhook it has passed the signature check, so only a holder of the
 * Twilio auth token can send one. It opens no request and texts nobody: it asks the roster, on
 * {@code dispatch.events}, whom it could offer such a request now. The answer names whether Kafka took it.
 */
@RestController
class CanaryIntake {

    /** What the answer starts with when the canary is on its way to the roster (the sender looks for it). */
    static final String SENT = "Line canary sent";
    static final String NOT_DELIVERED = "Line canary not delivered";

    private static final Logger log = LoggerFactory.getLogger(CanaryIntake.class);

    private final DispatchPublisher publisher;
    private final LanguageCatalog catalog;
    private final String rosterId;

    CanaryIntake(DispatchPublisher publisher, LanguageCatalog catalog, DispatchProperties props) {
        this.publisher = publisher;
        this.catalog = catalog;
        this.rosterId = props.rosterId();
    }

    @PostMapping(path = "/twilio/sms", params = "LineCanary")
    ResponseEntity<String> canary(@RequestParam("LineCanary") String canaryId,
            @RequestParam(name = "Body", required = false) String body) {
        String language = body == null ? "" : body.strip();
        String reply;
        if (canaryId.isBlank() || catalog.byTag(language).isEmpty()) {
            log.warn("Line canary {} for unknown language '{}' ignored", canaryId, language);
            reply = "Line canary refused: unknown language " + language;
        } else {
            CanaryRequested event = new CanaryRequested(
                    UUID.nameUUIDFromBytes(("canary:" + canaryId).getBytes(StandardCharsets.UTF_8)), Instant.now(),
                    rosterId, canaryId, language);
            try {
                reply = publisher.publish(event).failed() ? NOT_DELIVERED + " " + canaryId + ": Kafka unavailable"
                        : SENT + " " + canaryId;
            } catch (RuntimeException e) {
                reply = NOT_DELIVERED + " " + canaryId + ": " + e.getClass().getSimpleName();
            }
            log.info("Line canary {} ({}): {}", canaryId, language, reply);
        }
        return TwimlReplies.answer(new MessagingResponse.Builder().message(new Message.Builder(reply).build()).build());
    }
}
