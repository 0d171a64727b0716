package org.interpreterline.notification.twilio;

import com.twilio.exception.TwilioException;
import com.twilio.http.HttpMethod;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.CallCreator;
import com.twilio.type.PhoneNumber;
import com.twilio.type.Twiml;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.interpreterline.events.calls.CallPlaced;
import org.interpreterline.events.calls.CallPurpose;
import org.interpreterline.events.dispatch.ResidentAddRequested;
import org.interpreterline.notification.NotificationProperties;
import org.interpreterline.notification.calls.CallFacts;
import org.interpreterline.notification.residents.ResidentDialling;
import org.interpreterline.notification.residents.ResidentJoin;
import org.interpreterline.notification.residents.ResidentNumbers;
import org.interpreterline.notification.webhooks.CallStatusWords;
import org.interpreterline.notification.webhooks.WebhookUrls;
import org.interpreterline.platform.twilio.TwimlReplies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls an added resident into the request's conference: the number is unsealed here, off the desk's thread, used
 * for the one Calls API request and then dropped. The call carries its TwiML (the announcement and the conference,
 * with no keys to press) so nothing about the resident's call needs a webhook but its status. Once, like every
 * dial: a create whose outcome Twilio left open is not repeated blindly.
 */
public class TwilioResidentCalls implements ResidentDialling {

    private static final Logger log = LoggerFactory.getLogger(TwilioResidentCalls.class);
    /** The key is written just before the add; a few seconds cover a broker or an instance that is slow to read it. */
    private static final Duration KEY_WAIT = Duration.ofSeconds(5);

    private final TimedTwilio twilio;
    private final WebhookUrls urls;
    private final NotificationProperties props;
    private final CallFacts facts;
    private final TwilioErrands errands;
    private final TwilioRetries retries;
    private final ResidentNumbers numbers;
    private final Clock clock;

    public TwilioResidentCalls(TimedTwilio twilio, WebhookUrls urls, NotificationProperties props, CallFacts facts,
            TwilioErrands errands, TwilioRetries retries, ResidentNumbers numbers, Clock clock) {
        this.twilio = twilio;
        this.urls = urls;
        this.props = props;
        this.facts = facts;
        this.errands = errands;
        this.retries = retries;
        this.numbers = numbers;
        this.clock = clock;
    }

    @Override
    public void call(ResidentAddRequested add) {
        errands.run(add.requestId(), "call added number " + add.maskedNumber(), () -> dial(add));
    }

    private void dial(ResidentAddRequested add) {
        String addId = add.eventId().toString();
        Optional<String> number = numbers.open(add, KEY_WAIT);
        if (number.isEmpty()) {
            log.warn("Request {}: added number {} could not be unsealed (its key is gone or never arrived)",
                    add.requestId(), add.maskedNumber());
            notPlaced(add, "the number could not be unsealed", null);
            return;
        }
        String twiml = TwimlReplies.xml(ResidentJoin.twiml(add.requestId(), urls.conference(add.requestId())));
        CallCreator creator = Call.creator(new PhoneNumber(number.get()), new PhoneNumber(urls.lineNumber()),
                        new Twiml(twiml))
                .setStatusCallback(URI.create(urls.residentStatus(add.requestId(), addId)))
                .setStatusCallbackMethod(HttpMethod.POST)
                .setStatusCallbackEvent(CallStatusWords.EVENTS)
                .setTimeout((int) props.ringTimeout().toSeconds());
        try {
            String callSid = retries.creatingBlind("Request " + add.requestId() + ": call added number "
                    + add.maskedNumber(), () -> twilio.createCall(creator).getSid());
            log.info("Request {}: ringing added number {} (call {})", add.requestId(), add.maskedNumber(), callSid);
            facts.publish(new CallPlaced(UUID.randomUUID(), clock.instant(), add.rosterId(), CallPurpose.RESIDENT,
                    add.requestId(), addId, callSid, false));
        } catch (TwilioException e) {
            // the SDK's message may quote the number it was given: only the masked one is logged
            log.warn("Request {}: could not call added number {}: {}", add.requestId(), add.maskedNumber(),
                    e.getClass().getSimpleName());
            notPlaced(add, "Twilio refused the call", e);
        }
    }

    private void notPlaced(ResidentAddRequested add, String error, TwilioException cause) {
        facts.publish(TwilioFailure.notPlaced(clock.instant(), add.rosterId(), CallPurpose.RESIDENT, add.requestId(),
                add.eventId().toString(), error, cause));
    }
}
