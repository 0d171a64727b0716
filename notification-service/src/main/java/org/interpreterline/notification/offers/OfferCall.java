package org.interpreterline.notification.offers;

import com.twilio.exception.TwilioException;
import com.twilio.http.HttpMethod;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.CallCreator;
import com.twilio.type.PhoneNumber;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import org.interpreterline.events.notification.OfferNotAnswered;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.notification.NotificationProperties;
import org.interpreterline.notification.twilio.CallProgress;
import org.interpreterline.notification.twilio.TimedTwilio;
import org.interpreterline.notification.twilio.WebhookUrls;
import org.interpreterline.platform.logging.PhoneMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Rings the interpreter of an {@code OfferMade}: once per offer, and never after its deadline. An interpreter the
 * line is still talking to about an offer it took back (a parallel-ring "1" that came second) is rung once that
 * call is over, not into a busy phone: a busy signal would count as a missed offer.
 */
@Component
public class OfferCall {

    private static final Logger log = LoggerFactory.getLogger(OfferCall.class);
    /** The longest an offer waits for the line's previous call to the same interpreter to end. */
    static final Duration PREVIOUS_CALL_GRACE = Duration.ofSeconds(5);
    private static final Duration LOOK_AGAIN = Duration.ofMillis(100);

    private final LiveOffers offers;
    private final OfferOutcomes outcomes;
    private final TimedTwilio twilio;
    private final WebhookUrls urls;
    private final NotificationProperties props;
    private final Clock clock;
    private final ExecutorService background;

    public OfferCall(LiveOffers offers, OfferOutcomes outcomes, TimedTwilio twilio, WebhookUrls urls,
            NotificationProperties props, Clock clock, @Qualifier("twilioBackground") ExecutorService background) {
        this.offers = offers;
        this.outcomes = outcomes;
        this.twilio = twilio;
        this.urls = urls;
        this.props = props;
        this.clock = clock;
        this.background = background;
    }

    public void dial(OfferMade made) {
        if (offers.talkingAboutAnother(made, Duration.ofMinutes(1))) {
            log.info("Offer {} of request {}: interpreter {} is still on the line's call about an offer taken back; "
                    + "ringing once it ends", made.offerId(), made.requestId(), made.interpreterId());
            background.execute(() -> dialOnceFree(made));
            return;
        }
        ring(made);
    }

    private void dialOnceFree(OfferMade made) {
        long giveUp = System.nanoTime() + PREVIOUS_CALL_GRACE.toNanos();
        while (offers.talkingAboutAnother(made, Duration.ofMinutes(1)) && System.nanoTime() < giveUp) {
            try {
                Thread.sleep(LOOK_AGAIN);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        ring(made);
    }

    private void ring(OfferMade made) {
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
            Offer placed = offers.callProgressed(made.offerId(), call.getSid(), null).orElse(null);
            if (placed != null && placed.withdrawn()) {
                // taken back while we dialled (a deferred ring): the withdrawal found no call to hang up
                twilio.updateCall(Call.updater(call.getSid()).setStatus(Call.UpdateStatus.CANCELED));
                log.info("Offer {} of request {}: withdrawn while ringing started; call {} cancelled", made.offerId(),
                        made.requestId(), call.getSid());
                return;
            }
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
