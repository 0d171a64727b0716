package org.interpreterline.notification.offers;

import com.twilio.exception.TwilioException;
import com.twilio.http.HttpMethod;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.CallCreator;
import com.twilio.type.PhoneNumber;
import java.net.URI;
import java.time.Clock;
import org.interpreterline.events.notification.OfferNotAnswered;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.notification.NotificationProperties;
import org.interpreterline.notification.twilio.CallProgress;
import org.interpreterline.notification.twilio.TimedTwilio;
import org.interpreterline.notification.twilio.WebhookUrls;
import org.interpreterline.platform.logging.PhoneMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Rings the interpreter of an {@code OfferMade}: once per offer, and never after its deadline. */
@Component
public class OfferCall {

    private static final Logger log = LoggerFactory.getLogger(OfferCall.class);

    private final LiveOffers offers;
    private final OfferOutcomes outcomes;
    private final TimedTwilio twilio;
    private final WebhookUrls urls;
    private final NotificationProperties props;
    private final Clock clock;

    public OfferCall(LiveOffers offers, OfferOutcomes outcomes, TimedTwilio twilio, WebhookUrls urls,
            NotificationProperties props, Clock clock) {
        this.offers = offers;
        this.outcomes = outcomes;
        this.twilio = twilio;
        this.urls = urls;
        this.props = props;
        this.clock = clock;
    }

    public void dial(OfferMade made) {
        if (made.deadline() != null && !made.deadline().isAfter(clock.instant())) {
            log.info("Offer {} of request {} not dialled: its deadline {} has passed", made.offerId(),
                    made.requestId(), made.deadline());
            return;
        }
        if (!offers.claimDial(made.offerId())) {
            log.info("Offer {} of request {} not dialled again", made.offerId(), made.requestId());
            return;
        }
        if (made.interpreterPhone() == null || made.interpreterPhone().isBlank()) {
            log.warn("Offer {} of request {}: interpreter {} has no phone number", made.offerId(), made.requestId(),
                    made.interpreterId());
            offers.find(made.offerId()).ifPresent(o -> outcomes.notAnswered(o, OfferNotAnswered.Outcome.FAILED, null));
            return;
        }
        CallCreator creator = Call.creator(new PhoneNumber(made.interpreterPhone()),
                        new PhoneNumber(urls.lineNumber()), URI.create(urls.offer(made.offerId(), 0)))
                .setMethod(HttpMethod.POST)
                .setStatusCallback(URI.create(urls.offerStatus(made.offerId())))
                .setStatusCallbackMethod(HttpMethod.POST)
                .setStatusCallbackEvent(CallProgress.EVENTS)
                .setTimeout((int) props.ringTimeout().toSeconds());
        if (props.machineDetection()) {
            creator.setMachineDetection(CallProgress.MACHINE_DETECTION);
        }
        try {
            Call call = twilio.createCall(creator);
            offers.callProgressed(made.offerId(), call.getSid(), null);
            log.info("Offer {} of request {}: ringing interpreter {} at {} (call {}, attempt {})", made.offerId(),
                    made.requestId(), made.interpreterId(), PhoneMask.mask(made.interpreterPhone()), call.getSid(),
                    made.attempt());
        } catch (TwilioException e) {
            log.warn("Offer {} of request {}: could not call interpreter {} at {}: {}", made.offerId(),
                    made.requestId(), made.interpreterId(), PhoneMask.mask(made.interpreterPhone()), e.getMessage());
            offers.find(made.offerId()).ifPresent(o -> outcomes.notAnswered(o, OfferNotAnswered.Outcome.FAILED, null));
        }
    }
}
